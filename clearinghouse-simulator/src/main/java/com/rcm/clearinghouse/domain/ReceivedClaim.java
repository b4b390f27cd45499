package com.rcm.clearinghouse.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim as the clearinghouse read it from an 837P: who bills whom, for what.
 *
 * @param frequencyCode CLM05-3: 1 original, 7 replacement, 8 void
 */
public record ReceivedClaim(String senderId, String billingProviderName, String billingProviderNpi, String payerName,
        String payerId, String memberId, String patientLastName, String patientFirstName, String patientControlNumber,
        long chargeCents, String frequencyCode, List<Line> lines) {

    public record Line(String code, List<String> modifiers, long chargeCents, int units, LocalDate dateOfService,
            String lineControlNumber) {
    }

    /** Same payer, member, first date of service and billed codes with modifiers: what a duplicate edit compares. */
    public String fingerprint() {
        return payerId + "|" + memberId + "|" + lines.get(0).dateOfService() + "|" + String.join(",",
                lines.stream().map(line -> line.code() + ":" + String.join(":", line.modifiers())).sorted().toList());
    }
}
