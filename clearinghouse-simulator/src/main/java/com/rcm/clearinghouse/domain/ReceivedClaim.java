package com.rcm.clearinghouse.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim as the clearinghouse read it from an 837P: who bills whom, for what, and, on a claim to a
 * secondary or tertiary payer, what the payers before it decided.
 *
 * @param frequencyCode CLM05-3: 1 original, 7 replacement, 8 void
 * @param payerOrder    whether {@code payerId} is the patient's primary payer or one after others
 * @param priorPayers   the payers that decided the claim before, in the order they did; empty on a
 *                      claim to the primary payer
 */
public record ReceivedClaim(
        String senderId,
        String billingProviderName,
        String billingProviderNpi,
        String payerName,
        String payerId,
        String memberId,
        String patientLastName,
        String patientFirstName,
        String patientControlNumber,
        long chargeCents,
        String frequencyCode,
        PayerOrder payerOrder,
        List<Line> lines,
        List<PriorPayer> priorPayers) {

    public ReceivedClaim {
        lines = List.copyOf(lines);
        priorPayers = List.copyOf(priorPayers);
    }

    /** @param priorDecisions what each prior payer decided on this line, in the order they decided */
    public record Line(
            String code,
            List<String> modifiers,
            long chargeCents,
            BigDecimal units,
            LocalDate dateOfService,
            String lineControlNumber,
            List<PriorLineDecision> priorDecisions) {

        public Line {
            modifiers = List.copyOf(modifiers);
            priorDecisions = List.copyOf(priorDecisions);
        }
    }

    /** What one prior payer paid on a line, and its adjustments of the rest. */
    public record PriorLineDecision(String payerId, long paidCents, List<LineAdjustment> adjustments) {

        public PriorLineDecision {
            adjustments = List.copyOf(adjustments);
        }

        public long patientShareCents() {
            return LineAdjustment.patientShare(adjustments);
        }

        /** All it adjusted on the line (2430 CAS). */
        public long adjustedCents() {
            return LineAdjustment.total(adjustments);
        }
    }

    /** Same payer, member, first date of service and billed codes with modifiers: what a duplicate edit compares. */
    public String fingerprint() {
        return payerId + "|" + memberId + "|" + lines.get(0).dateOfService() + "|"
                + String.join(
                        ",",
                        lines.stream()
                                .map(line -> line.code() + ":" + String.join(":", line.modifiers()))
                                .sorted()
                                .toList());
    }
}
