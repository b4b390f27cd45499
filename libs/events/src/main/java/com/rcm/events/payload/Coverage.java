package com.rcm.events.payload;

/**
 * One of the patient's insurances for the encounter.
 *
 * @param relationshipToSubscriber self, spouse, child or other
 * @param subscriber               the insured, when the patient is not the subscriber; null for self
 * @param order                    which payer this is: 1 primary, 2 secondary, 3 tertiary
 */
public record Coverage(
        String payerId,
        String memberId,
        String groupNumber,
        String relationshipToSubscriber,
        Subscriber subscriber,
        int order) {
    public static final int PRIMARY = 1;

    /** An event written before coverages had an order (read as 0) named its only coverage: the primary. */
    public Coverage {
        if (order < PRIMARY) {
            order = PRIMARY;
        }
    }

    /** The primary coverage. */
    public Coverage(
            String payerId,
            String memberId,
            String groupNumber,
            String relationshipToSubscriber,
            Subscriber subscriber) {
        this(payerId, memberId, groupNumber, relationshipToSubscriber, subscriber, PRIMARY);
    }

    /** The primary coverage, where the patient is the subscriber or whose subscriber is not known. */
    public Coverage(String payerId, String memberId, String groupNumber, String relationshipToSubscriber) {
        this(payerId, memberId, groupNumber, relationshipToSubscriber, null, PRIMARY);
    }

    public Coverage withOrder(int newOrder) {
        return new Coverage(payerId, memberId, groupNumber, relationshipToSubscriber, subscriber, newOrder);
    }

    public boolean patientIsSubscriber() {
        return relationshipToSubscriber == null || "self".equals(relationshipToSubscriber);
    }
}
