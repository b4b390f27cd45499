package com.rcm.payments.domain;

import java.util.List;

/** An 835 file as read: its payments (one per ST/SE) and how it strays from the guide. */
public record RemittanceFile(List<RemittanceAdvice> payments, List<GuideWarning> warnings) {

    public RemittanceFile {
        payments = List.copyOf(payments);
        warnings = List.copyOf(warnings);
    }
}
