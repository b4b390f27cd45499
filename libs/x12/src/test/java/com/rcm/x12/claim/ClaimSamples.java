package com.rcm.x12.claim;

import com.rcm.x12.Address;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.Usage;
import com.rcm.x12.remittance.Adjustment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The example encounter (Jane Doe, SIMCOMM, 99213-25 and G0008) as an 837P claim. */
final class ClaimSamples {

    static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 11, 2);

    private ClaimSamples() {}

    static InterchangeEnvelope envelope() {
        return InterchangeEnvelope.of(
                "RCMBILLING", "SIMCLEAR", 42, 42, "0001", LocalDateTime.of(2026, 11, 3, 9, 30), Usage.TEST);
    }

    static BillingProvider practice() {
        return new BillingProvider(
                "AUSTIN FAMILY MEDICINE",
                "1245319599",
                "741234567",
                "207Q00000X",
                Address.of("100 Congress Ave", "Austin", "TX", "787011234"));
    }

    static Subscriber janeAsSubscriber() {
        return new Subscriber(
                "P",
                "M123456",
                "G1",
                "Jane",
                "Doe",
                LocalDate.of(1980, 4, 1),
                "F",
                Address.of("1 Main St", "Austin", "TX", "78701"),
                "SIMCOMM HEALTH",
                "SIMCOMM",
                "CI");
    }

    static Subscriber johnAsSubscriber() {
        return new Subscriber(
                "P",
                "M999000",
                "G1",
                "John",
                "Doe",
                LocalDate.of(1978, 9, 12),
                "M",
                Address.of("1 Main St", "Austin", "TX", "78701"),
                "SIMCOMM HEALTH",
                "SIMCOMM",
                "CI");
    }

    static Patient janeAsSpouse() {
        return new Patient(
                "01", "Jane", "Doe", LocalDate.of(1980, 4, 1), "F", Address.of("1 Main St", "Austin", "TX", "78701"));
    }

    static ProfessionalClaim janeDoe(String patientControlNumber, Subscriber subscriber, Patient patient) {
        List<ServiceLine> lines = List.of(
                new ServiceLine(
                        1,
                        "99213",
                        List.of("25"),
                        15000,
                        BigDecimal.ONE,
                        null,
                        List.of(1, 2),
                        DATE_OF_SERVICE,
                        patientControlNumber + "-1"),
                new ServiceLine(
                        2,
                        "G0008",
                        List.of(),
                        2550,
                        BigDecimal.ONE,
                        null,
                        List.of(1),
                        DATE_OF_SERVICE,
                        patientControlNumber + "-2"));
        return new ProfessionalClaim(
                practice(),
                subscriber,
                patient,
                patientControlNumber,
                17550,
                "11",
                ProfessionalClaim.ORIGINAL,
                null,
                List.of("E11.9", "I10"),
                new RenderingProvider("1234567893", "Ann", "Welby", "207Q00000X"),
                lines);
    }

    static final LocalDate PRIMARY_DECIDED = LocalDate.of(2026, 11, 20);

    /**
     * The example encounter (docs/examples/encounter.json) sent on to the supplemental payer after SIMCOMM paid 120.00 of
     * 99213 (20.00 contractual, 10.00 coinsurance) and 20.00 of G0008 (5.50 deductible).
     */
    static ProfessionalClaim janeDoeToHerSecondary(String patientControlNumber) {
        ProfessionalClaim primary = janeDoe(patientControlNumber, janeAsSubscriber(), null);
        Subscriber secondary = new Subscriber(
                "S",
                "S998877",
                null,
                "Jane",
                "Doe",
                LocalDate.of(1980, 4, 1),
                "F",
                Address.of("1 Main St", "Austin", "TX", "78701"),
                "SIMSUPP SUPPLEMENTAL",
                "SIMSUPP",
                "CI");
        OtherPayer simcomm = new OtherPayer(
                "P", "18", "G1", "CI", "M123456", "Jane", "Doe", "SIMCOMM HEALTH", "SIMCOMM", null, 14000, List.of());
        List<ServiceLine> lines = List.of(
                withPriorDecision(
                        primary.lines().get(0),
                        new LineAdjudication(
                                "SIMCOMM",
                                12000,
                                "99213",
                                List.of("25"),
                                BigDecimal.ONE,
                                List.of(Adjustment.of("CO", "45", 2000), Adjustment.of("PR", "2", 1000)),
                                PRIMARY_DECIDED)),
                withPriorDecision(
                        primary.lines().get(1),
                        new LineAdjudication(
                                "SIMCOMM",
                                2000,
                                "G0008",
                                List.of(),
                                BigDecimal.ONE,
                                List.of(Adjustment.of("PR", "1", 550)),
                                PRIMARY_DECIDED)));
        return new ProfessionalClaim(
                primary.billingProvider(),
                secondary,
                null,
                patientControlNumber,
                primary.totalChargeCents(),
                primary.placeOfService(),
                primary.frequencyCode(),
                null,
                primary.diagnoses(),
                primary.renderingProvider(),
                lines,
                List.of(simcomm));
    }

    static ServiceLine withPriorDecision(ServiceLine line, LineAdjudication decision) {
        return new ServiceLine(
                line.lineNumber(),
                line.procedureCode(),
                line.modifiers(),
                line.chargeCents(),
                line.units(),
                line.placeOfService(),
                line.diagnosisPointers(),
                line.dateOfService(),
                line.lineControlNumber(),
                List.of(decision));
    }

    static ProfessionalClaimBatch batch(List<ProfessionalClaim> claims) {
        return new ProfessionalClaimBatch(
                envelope(),
                "BATCH0001",
                new Submitter("RCM BILLING CO", "RCM001", "Billing Desk", "5125550100"),
                new Receiver("SIMULATED CLEARINGHOUSE", "SIMCLEAR"),
                claims);
    }
}
