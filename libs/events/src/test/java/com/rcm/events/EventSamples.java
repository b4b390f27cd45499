package com.rcm.events;

import com.rcm.events.payload.Address;
import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.BalanceSettled;
import com.rcm.events.payload.ClaimAccepted;
import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimDenied;
import com.rcm.events.payload.ClaimRejected;
import com.rcm.events.payload.ClaimStatusReported;
import com.rcm.events.payload.ClaimSubmitted;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.EncounterNeedsReview;
import com.rcm.events.payload.EncounterReceived;
import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.events.payload.EncounterVoided;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.PatientPaymentReceived;
import com.rcm.events.payload.PatientResponsibility;
import com.rcm.events.payload.PayeeRegistered;
import com.rcm.events.payload.PaymentPlanCreated;
import com.rcm.events.payload.PaymentPlanDefaulted;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.events.payload.RemittanceReceived;
import com.rcm.events.payload.ServiceLine;
import com.rcm.events.payload.StatementIssued;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One realistic payload per event type (the example encounter as it moves along). */
final class EventSamples {
    static final LocalDate DOS = LocalDate.of(2026, 11, 2);
    static final Patient PATIENT = new Patient(
            "P-77",
            "Jane",
            "Doe",
            LocalDate.of(1980, 4, 1),
            "F",
            new Address("1 Main St", null, "Austin", "TX", "78701"));
    static final Coverage COVERAGE = new Coverage("SIMCOMM", "M123456", "G1", "self");
    static final Coverage SECONDARY = new Coverage("SIMMCR", "1EG4TE5MK73", null, "self", null, 2);
    static final List<ServiceLine> LINES = List.of(
            new ServiceLine(1, "99213", List.of("25"), 1, List.of(1, 2), 15000L),
            new ServiceLine(2, "G0008", List.of(), 1, List.of(1), 3500L));

    static Map<EventType, Object> all() {
        return Map.ofEntries(
                Map.entry(
                        EventType.ENCOUNTER_SUBMITTED,
                        new EncounterSubmitted(
                                "EHR-000123",
                                DOS,
                                "11",
                                PATIENT,
                                COVERAGE,
                                "1234567893",
                                List.of("E11.9", "I10"),
                                LINES,
                                List.of(COVERAGE, SECONDARY))),
                Map.entry(EventType.ENCOUNTER_RECEIVED, new EncounterReceived("enc-1", "EHR-000123", DOS, "REST")),
                Map.entry(
                        EventType.ENCOUNTER_CODED,
                        new EncounterCoded(
                                "enc-1",
                                "EHR-000123",
                                DOS,
                                "11",
                                PATIENT,
                                COVERAGE,
                                "1234567893",
                                List.of("E11.9", "I10"),
                                LINES,
                                List.of(COVERAGE, SECONDARY))),
                Map.entry(
                        EventType.ENCOUNTER_NEEDS_REVIEW,
                        new EncounterNeedsReview(
                                "enc-1",
                                List.of(new EncounterNeedsReview.Edit("ICD10_NOT_BILLABLE", "E11 is a header code")))),
                Map.entry(EventType.ENCOUNTER_VOIDED, new EncounterVoided("enc-1", "duplicate of EHR-000122")),
                Map.entry(EventType.CLAIM_ACCEPTED, new ClaimAccepted("clm-1", "enc-1", "PA000001", "A2:20")),
                Map.entry(
                        EventType.CLAIM_REJECTED,
                        new ClaimRejected(
                                "clm-1",
                                "enc-1",
                                "PA000001",
                                "277CA",
                                List.of("277CA A3:33 subscriber M999 not found at SIMCOMM"))),
                Map.entry(
                        EventType.CLAIM_STATUS_REPORTED,
                        new ClaimStatusReported(
                                "clm-1", "enc-1", "PA000001", "P1", "20", DOS.plusDays(35), 0, "PENDING")),
                Map.entry(EventType.PAYEE_REGISTERED, new PayeeRegistered("1111111112", 1, PayeeRegistered.REGISTERED)),
                Map.entry(
                        EventType.CLAIM_SUBMITTED,
                        new ClaimSubmitted(
                                "clm-1",
                                "enc-1",
                                "PA000001",
                                "SIMCOMM",
                                PATIENT,
                                DOS,
                                18500,
                                LINES,
                                "000000001",
                                "1111111112",
                                1,
                                "SIMSUPP")),
                Map.entry(
                        EventType.CLAIM_ADJUDICATED,
                        new ClaimAdjudicated(
                                "clm-1", "enc-1", "rem-1", "PA000001", "SIM1", "1", "PAID", 18500, 11840, 2960)),
                Map.entry(
                        EventType.REMITTANCE_RECEIVED,
                        new RemittanceReceived(
                                "rem-1",
                                "SIMCOMM",
                                "SIM COMMERCIAL",
                                "SIM1",
                                "ACH",
                                DOS.plusDays(8),
                                11840,
                                1,
                                "POSTED",
                                "CLEARINGHOUSE",
                                2)),
                Map.entry(
                        EventType.CLAIM_DENIED,
                        new ClaimDenied(
                                "clm-1",
                                "enc-1",
                                "rem-1",
                                "PA000001",
                                "SIM1",
                                "SIMCOMM",
                                18500,
                                List.of(new Adjustment("CO", "96", 18500)),
                                List.of("N130"))),
                Map.entry(
                        EventType.PAYMENT_POSTED,
                        new PaymentPosted(
                                "clm-1",
                                "enc-1",
                                "rem-1",
                                PATIENT,
                                DOS,
                                18500,
                                11840,
                                List.of(new Adjustment("CO", "45", 3700), new Adjustment("PR", "2", 2960)),
                                new PatientResponsibility(0, 2960, 0, 0),
                                List.of(new PaymentPosted.PostedLine(
                                        1,
                                        "99213",
                                        15000,
                                        9600,
                                        List.of(new Adjustment("CO", "45", 3000), new Adjustment("PR", "2", 2400)))),
                                "SIMCOMM",
                                "1",
                                DOS.plusDays(14),
                                List.of(),
                                "SIMSUPP",
                                1)),
                Map.entry(
                        EventType.STATEMENT_ISSUED,
                        new StatementIssued(
                                "st-1", "P-77", List.of("enc-1"), 2960, DOS.plusDays(30), "P-77", "STATEMENT")),
                Map.entry(
                        EventType.PATIENT_PAYMENT_RECEIVED,
                        new PatientPaymentReceived(
                                "pay-1", "P-77", "P-77", 5000, "CARD", DOS.plusDays(40), 2960, 2040)),
                Map.entry(EventType.BALANCE_SETTLED, new BalanceSettled("enc-1", "P-77", DOS.plusDays(40))),
                Map.entry(
                        EventType.PAYMENT_PLAN_CREATED,
                        new PaymentPlanCreated("plan-1", "P-77", 60000, 10000, "MONTHLY", DOS.plusDays(45), 6)),
                Map.entry(
                        EventType.PAYMENT_PLAN_DEFAULTED,
                        new PaymentPlanDefaulted("plan-1", "P-77", 2, DOS.plusDays(75), 10000, 50000)));
    }

    private EventSamples() {}
}
