package com.rcm.events;

/** Kafka topic names. Dead letters for a topic go to {@code <topic>.dlq}. */
public final class Topics {
    public static final String EHR_ENCOUNTERS = "ehr.encounters.v1";
    public static final String CODING_EVENTS = "coding.events.v1";
    public static final String CLAIMS_EVENTS = "claims.events.v1";
    public static final String PAYMENTS_EVENTS = "payments.events.v1";
    public static final String PATIENT_BILLING_EVENTS = "patient-billing.events.v1";

    public static final String DLQ_SUFFIX = ".dlq";

    public static String deadLetterTopicOf(String topic) {
        return topic + DLQ_SUFFIX;
    }

    public static String[] all() {
        return new String[] {EHR_ENCOUNTERS, CODING_EVENTS, CLAIMS_EVENTS, PAYMENTS_EVENTS, PATIENT_BILLING_EVENTS};
    }

    private Topics() {
    }
}
