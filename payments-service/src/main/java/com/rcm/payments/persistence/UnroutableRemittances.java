package com.rcm.payments.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The billing company's queue of clearinghouse 835s no practice could be found for (ADR 23). It has no
 * practice and no row-level security; only ops' endpoints read it.
 */
@ApplicationScoped
public class UnroutableRemittances {
    private final EntityManager em;

    public UnroutableRemittances(EntityManager em) {
        this.em = em;
    }

    /** A queued 835 as ops sees it (without its text). */
    public record Item(
            String id,
            String payeeNpis,
            String reason,
            String channel,
            OffsetDateTime receivedAt,
            OffsetDateTime routedAt,
            String routedTo) {}

    /** Queues the file; the same file delivered again answers the id it was queued under. */
    public String queue(String payeeNpis, String reason, String channel, String x12) {
        String sha256 = sha256(x12);
        em.createNativeQuery("""
                INSERT INTO unroutable_remittance (id, payee_npis, reason, channel, x12, content_sha256, received_at)
                VALUES (:id, :npis, :reason, :channel, :x12, :sha, :at) ON CONFLICT (content_sha256) DO NOTHING""")
                .setParameter("id", UUID.randomUUID().toString())
                .setParameter("npis", payeeNpis)
                .setParameter("reason", reason)
                .setParameter("channel", channel)
                .setParameter("x12", x12)
                .setParameter("sha", sha256)
                .setParameter("at", OffsetDateTime.now())
                .executeUpdate();
        return (String) em.createNativeQuery("SELECT id FROM unroutable_remittance WHERE content_sha256 = :sha")
                .setParameter("sha", sha256)
                .getSingleResult();
    }

    /** Items not routed yet, oldest first. */
    public List<Item> waiting(int limit) {
        return items("WHERE routed_at IS NULL ORDER BY received_at, id LIMIT " + limit, null);
    }

    public Optional<Item> find(String id) {
        return items("WHERE id = :id", id).stream().findFirst();
    }

    public Optional<String> textOf(String id) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT x12 FROM unroutable_remittance WHERE id = :id")
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst();
    }

    /** Locks an item not routed yet, so two ops routing it at once post it once; false when routed already. */
    public boolean lockWaiting(String id) {
        return !em.createNativeQuery(
                        "SELECT id FROM unroutable_remittance WHERE id = :id AND routed_at IS NULL FOR UPDATE")
                .setParameter("id", id)
                .getResultList()
                .isEmpty();
    }

    public void markRouted(String id, String tenantId) {
        em.createNativeQuery("UPDATE unroutable_remittance SET routed_at = :at, routed_to = :t WHERE id = :id")
                .setParameter("at", OffsetDateTime.now())
                .setParameter("t", tenantId)
                .setParameter("id", id)
                .executeUpdate();
    }

    private List<Item> items(String where, String id) {
        var query = em.createNativeQuery("SELECT id, payee_npis, reason, channel, received_at, routed_at, routed_to "
                + "FROM unroutable_remittance " + where);
        if (id != null) {
            query.setParameter("id", id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Item(
                        (String) r[0], (String) r[1], (String) r[2], (String) r[3], time(r[4]), time(r[5]), (String)
                                r[6]))
                .toList();
    }

    private static OffsetDateTime time(Object value) {
        return value == null ? null : SqlValues.time(value);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
