package com.rcm.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which events each consumer has processed, in the same transaction as the processing.
 * The row is inserted first ({@code ON CONFLICT DO NOTHING}), so two deliveries of one event
 * racing each other cannot both proceed: the second waits on the first's row and then finds it.
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time {@code consumer} sees {@code eventId}; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return entityManager
                        .createNativeQuery("""
                INSERT INTO inbox (consumer, event_id, processed_at) VALUES (:consumer, :eventId, now())
                ON CONFLICT DO NOTHING""")
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", eventId)
                        .executeUpdate()
                == 1;
    }
}
