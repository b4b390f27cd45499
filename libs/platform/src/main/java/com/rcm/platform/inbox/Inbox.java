package com.rcm.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

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

    /**
     * Which of {@code eventIds} {@code consumer} sees for the first time, recorded in one statement
     * (a poll's worth of events costs one round trip, not one each). An id given twice is new once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(String consumer, List<String> eventIds) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO inbox (consumer, event_id, processed_at)
                    SELECT ?, event_id, now() FROM unnest(?::text[]) AS event_id
                    ON CONFLICT DO NOTHING RETURNING event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("text", eventIds.toArray()));
                Set<String> fresh = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getString(1));
                    }
                }
                return fresh;
            }
        });
    }
}
