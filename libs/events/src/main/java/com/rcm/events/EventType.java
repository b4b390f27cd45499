package com.rcm.events;

import com.rcm.events.payload.BalanceSettled;
import com.rcm.events.payload.ClaimAccepted;
import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimDenied;
import com.rcm.events.payload.ClaimRejected;
import com.rcm.events.payload.ClaimStatusReported;
import com.rcm.events.payload.ClaimSubmitted;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.EncounterNeedsReview;
import com.rcm.events.payload.EncounterReceived;
import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.events.payload.EncounterVoided;
import com.rcm.events.payload.PatientPaymentReceived;
import com.rcm.events.payload.PayeeRegistered;
import com.rcm.events.payload.PaymentPlanCreated;
import com.rcm.events.payload.PaymentPlanDefaulted;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.events.payload.RemittanceReceived;
import com.rcm.events.payload.StatementIssued;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every published event type: its CloudEvents {@code type}, the topic it travels on, its payload
 * record and the JSON Schema that payload must satisfy. A breaking change is a new constant with
 * a new version suffix, never an edit of an existing one.
 */
public enum EventType {
    ENCOUNTER_SUBMITTED("billing.encounter.submitted.v1", Topics.EHR_ENCOUNTERS, EncounterSubmitted.class),
    ENCOUNTER_RECEIVED("billing.encounter.received.v1", Topics.CODING_EVENTS, EncounterReceived.class),
    ENCOUNTER_CODED("billing.encounter.coded.v1", Topics.CODING_EVENTS, EncounterCoded.class),
    ENCOUNTER_NEEDS_REVIEW("billing.encounter.needs-review.v1", Topics.CODING_EVENTS, EncounterNeedsReview.class),
    ENCOUNTER_VOIDED("billing.encounter.voided.v1", Topics.CODING_EVENTS, EncounterVoided.class),
    CLAIM_SUBMITTED("billing.claim.submitted.v1", Topics.CLAIMS_EVENTS, ClaimSubmitted.class),
    CLAIM_ACCEPTED("billing.claim.accepted.v1", Topics.CLAIMS_EVENTS, ClaimAccepted.class),
    CLAIM_REJECTED("billing.claim.rejected.v1", Topics.CLAIMS_EVENTS, ClaimRejected.class),
    CLAIM_STATUS_REPORTED("billing.claim.status-reported.v1", Topics.CLAIMS_EVENTS, ClaimStatusReported.class),
    PAYEE_REGISTERED("billing.payee.registered.v1", Topics.CLAIMS_EVENTS, PayeeRegistered.class),
    REMITTANCE_RECEIVED("billing.remittance.received.v1", Topics.PAYMENTS_EVENTS, RemittanceReceived.class),
    CLAIM_ADJUDICATED("billing.claim.adjudicated.v1", Topics.PAYMENTS_EVENTS, ClaimAdjudicated.class),
    CLAIM_DENIED("billing.claim.denied.v1", Topics.PAYMENTS_EVENTS, ClaimDenied.class),
    PAYMENT_POSTED("billing.payment.posted.v1", Topics.PAYMENTS_EVENTS, PaymentPosted.class),
    STATEMENT_ISSUED("billing.statement.issued.v1", Topics.PATIENT_BILLING_EVENTS, StatementIssued.class),
    PATIENT_PAYMENT_RECEIVED(
            "billing.patient-payment.received.v1", Topics.PATIENT_BILLING_EVENTS, PatientPaymentReceived.class),
    BALANCE_SETTLED("billing.balance.settled.v1", Topics.PATIENT_BILLING_EVENTS, BalanceSettled.class),
    PAYMENT_PLAN_CREATED("billing.payment-plan.created.v1", Topics.PATIENT_BILLING_EVENTS, PaymentPlanCreated.class),
    PAYMENT_PLAN_DEFAULTED(
            "billing.payment-plan.defaulted.v1", Topics.PATIENT_BILLING_EVENTS, PaymentPlanDefaulted.class);

    private final String type;
    private final String topic;
    private final Class<?> payloadClass;

    EventType(String type, String topic, Class<?> payloadClass) {
        this.type = type;
        this.topic = topic;
        this.payloadClass = payloadClass;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<?> payloadClass() {
        return payloadClass;
    }

    /** Classpath location of the JSON Schema for this type's payload. */
    public String schemaResource() {
        return "/schemas/" + type + ".json";
    }

    public static Optional<EventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static Optional<EventType> ofPayload(Class<?> payloadClass) {
        return Arrays.stream(values())
                .filter(t -> t.payloadClass.equals(payloadClass))
                .findFirst();
    }
}
