package com.rcm.patientbilling.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's guarantors. */
@ApplicationScoped
public class GuarantorRepository implements PanacheRepositoryBase<GuarantorEntity, String> {

    public Optional<GuarantorEntity> findByKey(String guarantorKey) {
        return find("guarantorKey", guarantorKey).firstResultOptional();
    }

    /** Locked until the transaction ends: payments, statements and plans of one guarantor go one at a time. */
    public Optional<GuarantorEntity> lockByKey(String guarantorKey) {
        return find("guarantorKey", guarantorKey)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * Creates the guarantor with these details unless it exists. Takes no lock: a claim posting calls
     * this while holding its account, and must never wait for a guarantor (see {@code GuarantorBooks}).
     */
    public void ensure(String tenantId, String guarantorKey, String firstName, String lastName, String address) {
        getEntityManager()
                .createNativeQuery("""
                INSERT INTO guarantor (id, tenant_id, guarantor_key, first_name, last_name, address, created_at)
                VALUES (:id, :tenant, :key, :first, :last, :address, :now)
                ON CONFLICT (tenant_id, guarantor_key) DO NOTHING""")
                .setParameter("id", UUID.randomUUID().toString())
                .setParameter("tenant", tenantId)
                .setParameter("key", guarantorKey)
                .setParameter("first", firstName)
                .setParameter("last", lastName)
                .setParameter("address", address)
                .setParameter("now", OffsetDateTime.now())
                .executeUpdate();
    }

    /** Every guarantor of the practice, for the billing cycle. */
    public List<String> allKeys() {
        return getEntityManager()
                .createQuery("select g.guarantorKey from GuarantorEntity g order by g.guarantorKey", String.class)
                .getResultList();
    }
}
