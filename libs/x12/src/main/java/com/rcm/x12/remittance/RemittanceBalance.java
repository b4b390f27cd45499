package com.rcm.x12.remittance;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a remittance adds up before anything is posted from it: each service line
 * (SVC02 − Σ CAS = SVC03), each claim (CLP03 − Σ claim CAS − Σ line CAS = CLP04) and the file
 * (BPR02 = Σ CLP04 − Σ PLB). A payer file that does not balance is posted by hand, never guessed at.
 */
public final class RemittanceBalance {

    public enum Level {
        LINE,
        CLAIM,
        FILE
    }

    /**
     * One place where the arithmetic does not hold.
     *
     * @param patientControlNumber CLP01 of the claim; null at file level
     * @param lineNumber           1-based SVC position within the claim; 0 at claim and file level
     * @param procedureCode        SVC01-2 of that line, how a poster finds it; null at claim and file level
     * @param expectedCents        what the charges less adjustments (or claims less PLB) come to
     * @param reportedCents        what the file says was paid (SVC03, CLP04 or BPR02)
     */
    public record Imbalance(
            Level level,
            String patientControlNumber,
            int lineNumber,
            String procedureCode,
            long expectedCents,
            long reportedCents) {

        /** expected − reported: positive means the file reports less paid than its own adjustments imply. */
        public long differenceCents() {
            return expectedCents - reportedCents;
        }

        /** Where and by how much, e.g. "claim PCN1 line 99213 is off by -100 cents", for the people who post. */
        public String describe() {
            String where = switch (level) {
                case LINE -> "claim " + patientControlNumber + " line " + procedureCode;
                case CLAIM -> "claim " + patientControlNumber;
                case FILE -> "the payment (BPR02 against claims paid less PLB)";
            };
            return where + " is off by " + differenceCents() + " cents";
        }
    }

    private RemittanceBalance() {}

    public static boolean balances(Remittance remittance) {
        return check(remittance).isEmpty();
    }

    public static List<Imbalance> check(Remittance remittance) {
        List<Imbalance> found = new ArrayList<>();
        for (ClaimPayment claim : remittance.claims()) {
            int lineNumber = 0;
            for (ServicePayment service : claim.services()) {
                lineNumber++;
                long expected = service.chargeCents() - service.adjustmentCents();
                if (expected != service.paidCents()) {
                    found.add(new Imbalance(
                            Level.LINE,
                            claim.patientControlNumber(),
                            lineNumber,
                            service.procedureCode(),
                            expected,
                            service.paidCents()));
                }
            }
            long expected = claim.chargeCents() - claim.claimAdjustmentCents() - claim.serviceAdjustmentCents();
            if (expected != claim.paidCents()) {
                found.add(
                        new Imbalance(Level.CLAIM, claim.patientControlNumber(), 0, null, expected, claim.paidCents()));
            }
        }
        long expected = remittance.claimPaidCents() - remittance.providerAdjustmentCents();
        if (expected != remittance.payment().totalPaymentCents()) {
            found.add(new Imbalance(
                    Level.FILE, null, 0, null, expected, remittance.payment().totalPaymentCents()));
        }
        return found;
    }
}
