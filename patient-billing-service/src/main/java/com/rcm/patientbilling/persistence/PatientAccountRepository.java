package com.rcm.patientbilling.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's patient accounts. */
@ApplicationScoped
public class PatientAccountRepository implements PanacheRepositoryBase<PatientAccountEntity, String> {

    public Optional<PatientAccountEntity> findByPatientId(String patientId) {
        return find("patientId", patientId).firstResultOptional();
    }

    /** Who the account is billed to now, read without loading or locking the account. */
    public Optional<String> guarantorOf(String patientId) {
        return getEntityManager()
                .createQuery(
                        "select a.guarantorId from PatientAccountEntity a where a.patientId = :patient", String.class)
                .setParameter("patient", patientId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The account, locked until the transaction ends, so that postings and payments to one account
     * apply one after another and each sees the balance the other left.
     */
    public Optional<PatientAccountEntity> lockByPatientId(String patientId) {
        return find("patientId", patientId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The account, locked until the transaction ends. */
    public PatientAccountEntity lockById(String accountId) {
        return findById(accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<PatientAccountEntity> ofGuarantor(String guarantorKey) {
        return list("guarantorId = ?1 order by id", guarantorKey);
    }

    /** The accounts a guarantor answers for, locked in one order so that two transactions never deadlock. */
    public List<PatientAccountEntity> lockOfGuarantor(String guarantorKey) {
        return find("guarantorId = ?1 order by id", guarantorKey)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** Opens the account unless it exists (two first postings may race), then locks it. */
    public PatientAccountEntity openAndLock(
            String tenantId, String patientId, String firstName, String lastName, String address) {
        getEntityManager()
                .createNativeQuery("""
                INSERT INTO patient_account (id, tenant_id, patient_id, guarantor_id, first_name, last_name, address,
                                             opened_at)
                VALUES (:id, :tenant, :patient, :patient, :first, :last, :address, :now)
                ON CONFLICT (tenant_id, patient_id) DO NOTHING""")
                .setParameter("id", UUID.randomUUID().toString())
                .setParameter("tenant", tenantId)
                .setParameter("patient", patientId)
                .setParameter("first", firstName)
                .setParameter("last", lastName)
                .setParameter("address", address)
                .setParameter("now", OffsetDateTime.now())
                .executeUpdate();
        return lockByPatientId(patientId)
                .orElseThrow(() ->
                        new IllegalStateException("account of " + patientId + " is not visible after opening it"));
    }
}
