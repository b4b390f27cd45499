package com.rcm.clearinghouse.domain;

import java.time.LocalDate;
import java.util.List;

/** A claim as the clearinghouse read it from an 837P: who bills whom, for what. */
public record ReceivedClaim(String senderId, String billingProviderName, String billingProviderNpi, String payerName,
        String payerId, String memberId, String patientLastName, String patientFirstName, String patientControlNumber,
        long chargeCents, List<Line> lines) {

    public record Line(String code, List<String> modifiers, long chargeCents, int units, LocalDate dateOfService,
            String lineControlNumber) {
    }
}
