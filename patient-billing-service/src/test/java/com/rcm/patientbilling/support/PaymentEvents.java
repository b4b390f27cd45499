package com.rcm.patientbilling.support;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.EventJson;
import com.rcm.events.Topics;
import com.rcm.events.payload.Address;
import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.PatientResponsibility;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.testkit.EventTap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes posted claim payments the way payments-service does: CloudEvents binary mode on payments.events.v1. */
public final class PaymentEvents {
    public static final long CONTRACT_PATIENT_RESPONSIBILITY = 2960;

    /** One published event, kept so a test can deliver it again. */
    public record Published(String tenant, String eventId, String key, String encounterId, PaymentPosted payload) {}

    /**
     * The example encounter paid on an 80/20 contract: 99213 charged 150.00, G0008 35.00; the payer
     * paid 118.40, wrote off 37.00 and left 29.60 coinsurance to the patient.
     */
    public static PaymentPosted contractExample(String patientId) {
        return forPatient(new Patient(
                patientId,
                "Jane",
                "Doe",
                LocalDate.of(1980, 4, 1),
                "F",
                new Address("1 Main St", null, "Austin", "TX", "78701")));
    }

    public static PaymentPosted forPatient(Patient patient) {
        List<Adjustment> first = List.of(new Adjustment("CO", "45", 3000), new Adjustment("PR", "2", 2400));
        List<Adjustment> second = List.of(new Adjustment("CO", "45", 700), new Adjustment("PR", "2", 560));
        List<Adjustment> all = List.of(first.get(0), first.get(1), second.get(0), second.get(1));
        return new PaymentPosted(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                patient,
                LocalDate.of(2026, 11, 2),
                18500,
                11840,
                all,
                new PatientResponsibility(0, 2960, 0, 0),
                List.of(
                        new PaymentPosted.PostedLine(null, "99213", 15000, 9600, first),
                        new PaymentPosted.PostedLine(null, "G0008", 3500, 2240, second)));
    }

    /** The example encounter's claim decided by the primary payer, with the supplemental payer SIMSUPP still to decide. */
    public static PaymentPosted awaitingSupplemental(String patientId) {
        PaymentPosted p = contractExample(patientId);
        return new PaymentPosted(
                p.claimId(),
                p.encounterId(),
                p.remittanceId(),
                p.patient(),
                p.dateOfService(),
                p.chargeCents(),
                p.paidCents(),
                p.adjustments(),
                p.patientResponsibility(),
                p.lines(),
                "SIMCOMM",
                "1",
                LocalDate.of(2026, 11, 10),
                List.of(),
                "SIMSUPP",
                1);
    }

    /**
     * SIMSUPP's decision after {@code primary}, on a claim of its own: it pays half of what the primary left
     * to the patient (12.00 and 2.80), the patient owes the other half (14.80 in all), and the primary's
     * part is OA-23.
     */
    public static PaymentPosted supplementalAfter(PaymentPosted primary) {
        List<Adjustment> first = List.of(new Adjustment("OA", "23", 12600), new Adjustment("PR", "2", 1200));
        List<Adjustment> second = List.of(new Adjustment("OA", "23", 2940), new Adjustment("PR", "2", 280));
        List<Adjustment> all = List.of(first.get(0), first.get(1), second.get(0), second.get(1));
        return new PaymentPosted(
                UUID.randomUUID().toString(),
                primary.encounterId(),
                UUID.randomUUID().toString(),
                primary.patient(),
                primary.dateOfService(),
                18500,
                1480,
                all,
                new PatientResponsibility(0, 1480, 0, 0),
                List.of(
                        new PaymentPosted.PostedLine(1, "99213", 15000, 1200, first),
                        new PaymentPosted.PostedLine(2, "G0008", 3500, 280, second)),
                "SIMSUPP",
                "2",
                LocalDate.of(2026, 11, 24),
                List.of(),
                null,
                2);
    }

    /**
     * A secondary's decision after {@code primary} that pays nothing (the primary paid more than its own
     * benefit) and leaves the patient the same 29.60, with SIMSUPP still to decide as tertiary.
     */
    public static PaymentPosted secondaryPayingNothing(PaymentPosted primary) {
        List<Adjustment> first = List.of(new Adjustment("OA", "23", 12600), new Adjustment("PR", "2", 2400));
        List<Adjustment> second = List.of(new Adjustment("OA", "23", 2940), new Adjustment("PR", "2", 560));
        return new PaymentPosted(
                UUID.randomUUID().toString(),
                primary.encounterId(),
                UUID.randomUUID().toString(),
                primary.patient(),
                primary.dateOfService(),
                18500,
                0,
                List.of(first.get(0), first.get(1), second.get(0), second.get(1)),
                new PatientResponsibility(0, 2960, 0, 0),
                List.of(
                        new PaymentPosted.PostedLine(1, "99213", 15000, 0, first),
                        new PaymentPosted.PostedLine(2, "G0008", 3500, 0, second)),
                "SIMMCARE",
                "2",
                LocalDate.of(2026, 11, 17),
                List.of(),
                "SIMSUPP",
                2);
    }

    /** SIMSUPP's decision as the third payer: half of what the payers before it left (14.80 for the patient). */
    public static PaymentPosted tertiaryAfter(PaymentPosted primary) {
        PaymentPosted p = supplementalAfter(primary);
        return new PaymentPosted(
                p.claimId(),
                p.encounterId(),
                p.remittanceId(),
                p.patient(),
                p.dateOfService(),
                p.chargeCents(),
                p.paidCents(),
                p.adjustments(),
                p.patientResponsibility(),
                p.lines(),
                p.payerId(),
                "3",
                p.adjudicatedOn(),
                p.claimAdjustments(),
                null,
                3);
    }

    /** A later payer's decision after {@code primary} that pays all the primary left: nothing for the patient. */
    public static PaymentPosted laterPayerPaysTheRest(PaymentPosted primary) {
        List<Adjustment> first = List.of(new Adjustment("OA", "23", 12600));
        List<Adjustment> second = List.of(new Adjustment("OA", "23", 2940));
        return new PaymentPosted(
                UUID.randomUUID().toString(),
                primary.encounterId(),
                UUID.randomUUID().toString(),
                primary.patient(),
                primary.dateOfService(),
                18500,
                2960,
                List.of(first.get(0), second.get(0)),
                new PatientResponsibility(0, 0, 0, 0),
                List.of(
                        new PaymentPosted.PostedLine(1, "99213", 15000, 2400, first),
                        new PaymentPosted.PostedLine(2, "G0008", 3500, 560, second)),
                "SIMCOMM",
                "2",
                LocalDate.of(2026, 11, 24),
                List.of(),
                null,
                2);
    }

    /** One 100.00 service of which the payer left {@code owedCents} coinsurance to the patient. */
    public static PaymentPosted owing(Patient patient, long owedCents) {
        List<Adjustment> adjustments = List.of(new Adjustment("CO", "45", 2000), new Adjustment("PR", "2", owedCents));
        return new PaymentPosted(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                patient,
                LocalDate.of(2026, 11, 3),
                10000,
                8000 - owedCents,
                adjustments,
                new PatientResponsibility(0, owedCents, 0, 0),
                List.of(new PaymentPosted.PostedLine(null, "99212", 10000, 8000 - owedCents, adjustments)));
    }

    public static PaymentPosted owing(String patientId, long owedCents) {
        return owing(patient(patientId, "Jane", "Doe"), owedCents);
    }

    public static Patient patient(String patientId, String firstName, String lastName) {
        return new Patient(
                patientId,
                firstName,
                lastName,
                LocalDate.of(1980, 4, 1),
                "F",
                new Address("1 Main St", null, "Austin", "TX", "78701"));
    }

    /** A claim the payer paid in full under contract: nothing left to the patient. */
    public static PaymentPosted paidInFull(String patientId) {
        PaymentPosted example = contractExample(patientId);
        List<Adjustment> contractual = List.of(new Adjustment("CO", "45", 3700));
        return new PaymentPosted(
                example.claimId(),
                example.encounterId(),
                example.remittanceId(),
                example.patient(),
                example.dateOfService(),
                18500,
                14800,
                contractual,
                new PatientResponsibility(0, 0, 0, 0),
                List.of());
    }

    /** The payer's reversal of {@code earlier} (835 CLP02 22): every amount negated, in a remittance of its own. */
    public static PaymentPosted reversalOf(PaymentPosted earlier) {
        List<Adjustment> negated = earlier.adjustments().stream()
                .map(a -> new Adjustment(a.groupCode(), a.carc(), -a.amountCents()))
                .toList();
        PatientResponsibility pr = earlier.patientResponsibility();
        return new PaymentPosted(
                earlier.claimId(),
                earlier.encounterId(),
                UUID.randomUUID().toString(),
                earlier.patient(),
                earlier.dateOfService(),
                -earlier.chargeCents(),
                -earlier.paidCents(),
                negated,
                new PatientResponsibility(
                        -pr.deductibleCents(), -pr.coinsuranceCents(), -pr.copayCents(), -pr.otherCents()),
                List.of());
    }

    public static Published publish(String tenant, PaymentPosted payload) {
        return publishWithKey(tenant, tenant + ":" + payload.encounterId(), payload);
    }

    /** Publishes behind {@code earlier} on its partition (same key): once this one is seen, so was that. */
    public static Published publishBehind(Published earlier, PaymentPosted payload) {
        return publishWithKey(earlier.tenant(), earlier.key(), payload);
    }

    private static Published publishWithKey(String tenant, String key, PaymentPosted payload) {
        Published published = new Published(tenant, UUID.randomUUID().toString(), key, payload.encounterId(), payload);
        deliver(published);
        return published;
    }

    /** Sends the event (again): same id, same key, same body. */
    public static void deliver(Published event) {
        EventTap.send(
                Topics.PAYMENTS_EVENTS,
                event.key(),
                EventJson.write(event.payload()),
                headers(event.tenant(), event.eventId(), event.encounterId()));
    }

    public static Map<String, String> headers(String tenant, String eventId, String encounterId) {
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, eventId);
        headers.put(CloudEventHeaders.TYPE, "billing.payment.posted.v1");
        headers.put(CloudEventHeaders.SOURCE, "/payments-service");
        headers.put(CloudEventHeaders.TIME, "2026-11-20T15:00:00Z");
        headers.put(CloudEventHeaders.SUBJECT, "claim/" + encounterId);
        headers.put(CloudEventHeaders.TENANT_ID, tenant);
        headers.put(CloudEventHeaders.ENCOUNTER_ID, encounterId);
        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/json");
        return headers;
    }

    public static String newPatientId() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private PaymentEvents() {}
}
