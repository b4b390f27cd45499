package com.rcm.x12.claim;

import com.rcm.x12.Address;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.Usage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The example encounter (Jane Doe, SIMCOMM, 99213-25 and G0008) as an 837P claim. */
final class ClaimSamples {

    static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 11, 2);

    private ClaimSamples() {
    }

    static InterchangeEnvelope envelope() {
        return InterchangeEnvelope.of("RCMBILLING", "SIMCLEAR", 42, 42, "0001",
                LocalDateTime.of(2026, 11, 3, 9, 30), Usage.TEST);
    }

    static BillingProvider practice() {
        return new BillingProvider("AUSTIN FAMILY MEDICINE", "1245319599", "741234567", "207Q00000X",
                Address.of("100 Congress Ave", "Austin", "TX", "787011234"));
    }

    static Subscriber janeAsSubscriber() {
        return new Subscriber("P", "M123456", "G1", "Jane", "Doe", LocalDate.of(1980, 4, 1), "F",
                Address.of("1 Main St", "Austin", "TX", "78701"), "SIMCOMM HEALTH", "SIMCOMM", "CI");
    }

    static Subscriber johnAsSubscriber() {
        return new Subscriber("P", "M999000", "G1", "John", "Doe", LocalDate.of(1978, 9, 12), "M",
                Address.of("1 Main St", "Austin", "TX", "78701"), "SIMCOMM HEALTH", "SIMCOMM", "CI");
    }

    static Patient janeAsSpouse() {
        return new Patient("01", "Jane", "Doe", LocalDate.of(1980, 4, 1), "F",
                Address.of("1 Main St", "Austin", "TX", "78701"));
    }

    static ProfessionalClaim janeDoe(String patientControlNumber, Subscriber subscriber, Patient patient) {
        List<ServiceLine> lines = List.of(
                new ServiceLine(1, "99213", List.of("25"), 15000, BigDecimal.ONE, null, List.of(1, 2),
                        DATE_OF_SERVICE, patientControlNumber + "-1"),
                new ServiceLine(2, "G0008", List.of(), 2550, BigDecimal.ONE, null, List.of(1),
                        DATE_OF_SERVICE, patientControlNumber + "-2"));
        return new ProfessionalClaim(practice(), subscriber, patient, patientControlNumber, 17550, "11",
                ProfessionalClaim.ORIGINAL, null, List.of("E11.9", "I10"),
                new RenderingProvider("1234567893", "Ann", "Welby", "207Q00000X"), lines);
    }

    static ProfessionalClaimBatch batch(List<ProfessionalClaim> claims) {
        return new ProfessionalClaimBatch(envelope(), "BATCH0001",
                new Submitter("RCM BILLING CO", "RCM001", "Billing Desk", "5125550100"),
                new Receiver("SIMULATED CLEARINGHOUSE", "SIMCLEAR"), claims);
    }
}
