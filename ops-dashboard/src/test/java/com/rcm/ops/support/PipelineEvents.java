package com.rcm.ops.support;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import com.rcm.testkit.EventTap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes each service's stage events the way its outbox relay does: CloudEvents binary mode,
 * key {@code tenant:encounter}, schema-valid payloads.
 */
public final class PipelineEvents {
    private static final String PATIENT = """
            {"externalId":"P-77","firstName":"Jane","lastName":"Doe","dateOfBirth":"1980-04-01","sex":"F"}""";
    private static final String LINE = """
            {"lineNumber":1,"code":"99213","modifiers":["25"],"units":1,"diagnosisPointers":[1],"chargeCents":15000}""";

    /** One event as sent, so a test can deliver it again. */
    public record Sent(String topic, String key, String payload, Map<String, String> headers) {
        public String id() {
            return headers.get(CloudEventHeaders.ID);
        }
    }

    public static Sent received(String tenant, String encounterId, String time) {
        return send(Topics.CODING_EVENTS, "billing.encounter.received.v1", tenant, encounterId, time, """
                {"encounterId":"%s","externalId":"EHR-1","dateOfService":"2026-11-02","channel":"REST"}""".formatted(
                        encounterId));
    }

    public static Sent needsReview(String tenant, String encounterId, String time) {
        return send(Topics.CODING_EVENTS, "billing.encounter.needs-review.v1", tenant, encounterId, time, """
                {"encounterId":"%s","edits":[{"id":"ICD10_FORMAT","message":"diagnoses[1]: XYZ is not ICD-10-CM"}]}""".formatted(
                        encounterId));
    }

    public static Sent coded(String tenant, String encounterId, String time) {
        return send(Topics.CODING_EVENTS, "billing.encounter.coded.v1", tenant, encounterId, time, """
                {"encounterId":"%s","externalId":"EHR-1","dateOfService":"2026-11-02","placeOfService":"11",
                 "patient":%s,"coverage":{"payerId":"SIMCOMM","memberId":"M1"},"renderingProviderNpi":"1234567893",
                 "diagnoses":["E11.9"],"services":[%s]}""".formatted(
                        encounterId, PATIENT, LINE));
    }

    public static Sent claimed(String tenant, String encounterId, String time) {
        return send(Topics.CLAIMS_EVENTS, "billing.claim.submitted.v1", tenant, encounterId, time, """
                {"claimId":"C1","encounterId":"%s","patientControlNumber":"PA1","payerId":"SIMCOMM","patient":%s,
                 "dateOfService":"2026-11-02","totalChargeCents":15000,"lines":[%s]}""".formatted(
                        encounterId, PATIENT, LINE));
    }

    /** {@code outcome} PAID, PARTIALLY_PAID, DENIED or REVERSED. */
    public static Sent adjudicated(String tenant, String encounterId, String time, String outcome) {
        return send(Topics.PAYMENTS_EVENTS, "billing.claim.adjudicated.v1", tenant, encounterId, time, """
                {"claimId":"C1","encounterId":"%s","remittanceId":"R1","patientControlNumber":"PA1","outcome":"%s",
                 "chargeCents":15000,"paidCents":9600,"patientResponsibilityCents":2400}""".formatted(
                        encounterId, outcome));
    }

    public static Sent paid(String tenant, String encounterId, String time) {
        return send(Topics.PAYMENTS_EVENTS, "billing.payment.posted.v1", tenant, encounterId, time, """
                {"claimId":"C1","encounterId":"%s","remittanceId":"R1","patient":%s,"chargeCents":15000,"paidCents":9600,
                 "adjustments":[{"groupCode":"CO","carc":"45","amountCents":3000},
                                {"groupCode":"PR","carc":"2","amountCents":2400}],
                 "patientResponsibility":{"deductibleCents":0,"coinsuranceCents":2400,"copayCents":0,"otherCents":0}}""".formatted(
                        encounterId, PATIENT));
    }

    /** One payer's claim of an encounter with several coverages; {@code nextPayerId} null for the last payer. */
    public static Sent claimedBy(
            String tenant,
            String encounterId,
            String time,
            String claimId,
            String payerId,
            int coverageOrder,
            String nextPayerId) {
        return send(Topics.CLAIMS_EVENTS, "billing.claim.submitted.v1", tenant, encounterId, time, """
                {"claimId":"%s","encounterId":"%s","patientControlNumber":"%s","payerId":"%s","patient":%s,
                 "dateOfService":"2026-11-02","totalChargeCents":15000,"lines":[%s],"coverageOrder":%d,"nextPayerId":%s}""".formatted(
                        claimId, encounterId, claimId, payerId, PATIENT, LINE, coverageOrder, jsonString(nextPayerId)));
    }

    /** A payer's decision on one claim: the 835's CLP names the claim, not the payer. */
    public static Sent adjudicatedClaim(
            String tenant, String encounterId, String time, String claimId, String payerId, int coverageOrder) {
        return send(Topics.PAYMENTS_EVENTS, "billing.claim.adjudicated.v1", tenant, encounterId, time, """
                {"claimId":"%s","encounterId":"%s","remittanceId":"R-%s","patientControlNumber":"%s",
                 "outcome":"PARTIALLY_PAID","chargeCents":15000,"paidCents":9600,"patientResponsibilityCents":2400,
                 "payerId":"%s","coverageOrder":%d}""".formatted(
                        claimId, encounterId, claimId, claimId, payerId, coverageOrder));
    }

    /** One payer's decision posted; {@code nextPayerId} null when that payer was the last to decide. */
    public static Sent paidBy(
            String tenant,
            String encounterId,
            String time,
            String claimId,
            String payerId,
            int coverageOrder,
            String nextPayerId) {
        return send(Topics.PAYMENTS_EVENTS, "billing.payment.posted.v1", tenant, encounterId, time, """
                {"claimId":"%s","encounterId":"%s","remittanceId":"R-%s","patient":%s,"chargeCents":15000,"paidCents":9600,
                 "adjustments":[{"groupCode":"CO","carc":"45","amountCents":3000},
                                {"groupCode":"PR","carc":"2","amountCents":2400}],
                 "patientResponsibility":{"deductibleCents":0,"coinsuranceCents":2400,"copayCents":0,"otherCents":0},
                 "payerId":"%s","coverageOrder":%d,"nextPayerId":%s}""".formatted(
                        claimId, encounterId, claimId, PATIENT, payerId, coverageOrder, jsonString(nextPayerId)));
    }

    public static Sent patientBilled(String tenant, String encounterId, String time) {
        return send(
                Topics.PATIENT_BILLING_EVENTS, "billing.statement.issued.v1", tenant, encounterId, time, """
                {"statementId":"S1","patientId":"P-77","encounterIds":["%s"],"amountDueCents":2400,"dueDate":"2026-12-02"}""".formatted(
                                encounterId));
    }

    /** One statement to a guarantor billing two encounters (each family member's visit). */
    public static Sent patientBilledTogether(String tenant, String first, String second, String time) {
        return send(Topics.PATIENT_BILLING_EVENTS, "billing.statement.issued.v1", tenant, first, time, """
                {"statementId":"S2","patientId":"P-77","encounterIds":["%s","%s"],"amountDueCents":4800,
                 "dueDate":"2026-12-02","guarantorId":"G-1","notice":"STATEMENT"}""".formatted(
                        first, second));
    }

    public static Sent settled(String tenant, String encounterId, String time) {
        return send(
                Topics.PATIENT_BILLING_EVENTS, "billing.balance.settled.v1", tenant, encounterId, time, """
                {"encounterId":"%s","patientId":"P-77","settledOn":"2026-11-20"}""".formatted(
                                encounterId));
    }

    public static Sent send(String topic, String type, String tenant, String encounterId, String time, String payload) {
        Sent sent = prepared(topic, type, tenant, encounterId, time, payload);
        deliver(sent);
        return sent;
    }

    /** The event as a service would send it, not sent: a test may dead-letter it instead. */
    public static Sent prepared(
            String topic, String type, String tenant, String encounterId, String time, String payload) {
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SOURCE, "/" + topic.substring(0, topic.indexOf('.')) + "-service");
        headers.put(CloudEventHeaders.TIME, time);
        headers.put(CloudEventHeaders.TENANT_ID, tenant);
        if (encounterId != null) {
            headers.put(CloudEventHeaders.ENCOUNTER_ID, encounterId);
        }
        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/json");
        return new Sent(topic, tenant + ":" + encounterId, payload, headers);
    }

    /** Sends the event (again): same id, key, headers and body. */
    public static void deliver(Sent sent) {
        EventTap.send(sent.topic(), sent.key(), sent.payload(), sent.headers());
    }

    private static String jsonString(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    public static String newEncounterId() {
        return UUID.randomUUID().toString();
    }

    private PipelineEvents() {}
}
