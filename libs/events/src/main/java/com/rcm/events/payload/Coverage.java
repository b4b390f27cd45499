package com.rcm.events.payload;

/**
 * The patient's insurance for the encounter.
 *
 * @param relationshipToSubscriber self, spouse, child or other
 * @param subscriber               the insured, when the patient is not the subscriber; null for self
 */
public record Coverage(String payerId, String memberId, String groupNumber, String relationshipToSubscriber,
        Subscriber subscriber) {

    /** Coverage where the patient is the subscriber, or whose subscriber is not known. */
    public Coverage(String payerId, String memberId, String groupNumber, String relationshipToSubscriber) {
        this(payerId, memberId, groupNumber, relationshipToSubscriber, null);
    }

    public boolean patientIsSubscriber() {
        return relationshipToSubscriber == null || "self".equals(relationshipToSubscriber);
    }
}
