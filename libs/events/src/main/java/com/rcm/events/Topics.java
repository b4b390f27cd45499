package com.rcm.events;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kafka topic names. Dead letters for a topic go to {@code <topic>.dlq}. Each partner EHR writes
 * encounters to a topic of its own, {@code ehr.encounters.v1.<partner-id>}, which the broker lets
 * only that partner's principal write: the topic, not a header, says which partner sent a record.
 * Every partner topic's dead letters go to {@code ehr.encounters.v1.dlq}, which partners cannot read.
 */
public final class Topics {
    /** The family of partner encounter topics; its own name is only that of their dead letters' topic. */
    public static final String EHR_ENCOUNTERS = "ehr.encounters.v1";

    public static final String CODING_EVENTS = "coding.events.v1";
    public static final String CLAIMS_EVENTS = "claims.events.v1";
    public static final String PAYMENTS_EVENTS = "payments.events.v1";
    public static final String PATIENT_BILLING_EVENTS = "patient-billing.events.v1";

    public static final String DLQ_SUFFIX = ".dlq";

    /** A partner id as a topic carries it: letters, digits, dash and underscore; never "dlq". */
    private static final String PARTNER_ID = "(?!dlq$)[A-Za-z0-9_-]+";
    /**
     * Every partner's encounter topic, as the coding service subscribes (a Java regular expression,
     * matched by the client: the partners' dead-letter topic ehr.encounters.v1.dlq is not one of them).
     */
    public static final String PARTNER_ENCOUNTERS_PATTERN = "ehr[.]encounters[.]v1[.]" + PARTNER_ID;

    private static final Pattern PARTNER_TOPIC = Pattern.compile(PARTNER_ENCOUNTERS_PATTERN);

    /** The topic partner {@code partnerId} writes its encounters to. */
    public static String encountersOf(String partnerId) {
        if (partnerId == null || !partnerId.matches(PARTNER_ID)) {
            throw new IllegalArgumentException("not a partner id: " + partnerId);
        }
        return EHR_ENCOUNTERS + "." + partnerId;
    }

    /** The partner whose encounter topic this is; empty for any other topic. */
    public static Optional<String> partnerOf(String topic) {
        return topic != null && PARTNER_TOPIC.matcher(topic).matches()
                ? Optional.of(topic.substring(EHR_ENCOUNTERS.length() + 1))
                : Optional.empty();
    }

    public static String deadLetterTopicOf(String topic) {
        return (partnerOf(topic).isPresent() ? EHR_ENCOUNTERS : topic) + DLQ_SUFFIX;
    }

    /** The topics every deployment has; partner topics come with the partners a deployment has. */
    public static String[] all() {
        return new String[] {CODING_EVENTS, CLAIMS_EVENTS, PAYMENTS_EVENTS, PATIENT_BILLING_EVENTS};
    }

    /** Every dead-letter topic (the partner topics' one included). */
    public static String[] deadLetterTopics() {
        return new String[] {
            EHR_ENCOUNTERS + DLQ_SUFFIX,
            CODING_EVENTS + DLQ_SUFFIX,
            CLAIMS_EVENTS + DLQ_SUFFIX,
            PAYMENTS_EVENTS + DLQ_SUFFIX,
            PATIENT_BILLING_EVENTS + DLQ_SUFFIX
        };
    }

    private Topics() {}
}
