package com.rcm.claims.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The one registry of billing (payee) NPI owners across practices ({@code billing_npi_owner}, which has
 * no row-level security so that one practice's setup can see an NPI is taken by another). Its queries
 * each name one NPI; none lists owners, and what a practice's request learns is only "yours" or "taken".
 */
@ApplicationScoped
public class BillingNpiRegistry {
    private final EntityManager em;

    public BillingNpiRegistry(EntityManager em) {
        this.em = em;
    }

    /** The owner of an NPI as a caller may learn it: the current owner and the version of that ownership. */
    public record Owner(String tenantId, long version) {}

    /**
     * Claims an NPI nobody owns for {@code tenantId}; answers the version when it was free, empty when it
     * was owned already (by this practice or another: see {@link #ownedBy}). A concurrent claim of the
     * same NPI waits on the primary key and then finds it taken.
     */
    public Optional<Long> claimIfFree(String npi, String tenantId, String actor) {
        int inserted = em.createNativeQuery("""
                INSERT INTO billing_npi_owner (npi, tenant_id, version, registered_by, registered_at)
                VALUES (:npi, :t, 1, :actor, :at) ON CONFLICT (npi) DO NOTHING""")
                .setParameter("npi", npi)
                .setParameter("t", tenantId)
                .setParameter("actor", actor)
                .setParameter("at", OffsetDateTime.now())
                .executeUpdate();
        return inserted == 1 ? Optional.of(1L) : Optional.empty();
    }

    /** Whether {@code tenantId} owns the NPI (false for an NPI another practice owns, or nobody). */
    public boolean ownedBy(String npi, String tenantId) {
        return ((Number) em.createNativeQuery(
                                        "SELECT count(*) FROM billing_npi_owner WHERE npi = :npi AND tenant_id = :t")
                                .setParameter("npi", npi)
                                .setParameter("t", tenantId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /**
     * Gives the NPI to {@code tenantId} whoever held it (the billing company's move), locking the row so
     * two moves at once get distinct versions; answers the new ownership.
     */
    public Owner assign(String npi, String tenantId, String actor) {
        @SuppressWarnings("unchecked")
        List<Number> versions = em.createNativeQuery("""
                INSERT INTO billing_npi_owner (npi, tenant_id, version, registered_by, registered_at)
                VALUES (:npi, :t, 1, :actor, :at)
                ON CONFLICT (npi) DO UPDATE SET tenant_id = EXCLUDED.tenant_id,
                                                version = billing_npi_owner.version + 1,
                                                registered_by = EXCLUDED.registered_by,
                                                registered_at = EXCLUDED.registered_at
                RETURNING version""")
                .setParameter("npi", npi)
                .setParameter("t", tenantId)
                .setParameter("actor", actor)
                .setParameter("at", OffsetDateTime.now())
                .getResultList();
        return new Owner(tenantId, versions.get(0).longValue());
    }
}
