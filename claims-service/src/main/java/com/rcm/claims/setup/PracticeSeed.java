package com.rcm.claims.setup;

import com.rcm.claims.domain.BillingProvider;
import com.rcm.claims.domain.Payer;
import com.rcm.claims.domain.RenderingProvider;
import java.time.LocalDate;
import java.util.List;

/** The seed file's shape: each practice's billing provider, payers and fee schedule. */
public record PracticeSeed(List<Practice> practices) {

    public record Practice(String tenantId, BillingProvider billingProvider, List<RenderingProvider> renderingProviders,
            List<Payer> payers, FeeSchedule feeSchedule) {
    }

    public record FeeSchedule(LocalDate effectiveFrom, List<Fee> fees) {
    }

    public record Fee(String code, String modifier, long chargeCents) {
    }
}
