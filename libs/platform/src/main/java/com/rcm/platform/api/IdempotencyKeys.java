package com.rcm.platform.api;

import com.rcm.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Makes a create request safe to retry: the first request with a key reserves it for the resource it
 * creates; the same key with the same body answers that resource again; the same key with another
 * body is a 409. The reservation commits with the resource, so a failed request leaves no key.
 */
@ApplicationScoped
public class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final EntityManager entityManager;

    public IdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Reserves {@code key} for {@code newResourceId}. Returns the earlier resource's id when the key was
     * already used for this same request, or empty when this request is the first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> reserve(String tenantId, String scope, String key, Object request, String newResourceId) {
        if (key == null || key.isBlank()) {
            throw ApiProblemException.badRequest(HEADER, "header is required");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ApiProblemException.badRequest(HEADER, "at most " + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = fingerprint(request);
        int inserted = entityManager
                .createNativeQuery("""
                INSERT INTO idempotency_key (tenant_id, scope, idem_key, request_hash, resource_id, created_at)
                VALUES (:tenant, :scope, :key, :hash, :resource, now()) ON CONFLICT DO NOTHING""")
                .setParameter("tenant", tenantId)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("hash", fingerprint)
                .setParameter("resource", newResourceId)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                SELECT request_hash, resource_id FROM idempotency_key
                 WHERE tenant_id = :tenant AND scope = :scope AND idem_key = :key""")
                .setParameter("tenant", tenantId)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new ApiProblemException(
                    409, "Conflict", "Idempotency-Key " + key + " was already used with a different request body");
        }
        return Optional.of((String) row[1]);
    }

    static String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(EventJson.write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
