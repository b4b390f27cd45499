package com.rcm.patientbilling.persistence;

import com.rcm.patientbilling.domain.LedgerKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's patient accounts, ledgers and statements. */
@ApplicationScoped
public class PatientLedger {
    private final EntityManager em;

    public PatientLedger(EntityManager em) {
        this.em = em;
    }

    public Optional<PatientAccountEntity> account(String tenantId, String patientId) {
        return Optional.ofNullable(em.find(PatientAccountEntity.class, PatientAccountEntity.idOf(tenantId, patientId)));
    }

    public void open(PatientAccountEntity account) {
        em.persist(account);
    }

    public LedgerEntryEntity append(String tenantId, String patientId, LedgerKind kind, long amountCents,
            String claimId, String encounterId, String reference, String description) {
        LedgerEntryEntity entry = new LedgerEntryEntity();
        entry.id = UUID.randomUUID().toString();
        entry.tenantId = tenantId;
        entry.patientId = patientId;
        entry.kind = kind;
        entry.amountCents = amountCents;
        entry.claimId = claimId;
        entry.encounterId = encounterId;
        entry.reference = reference;
        entry.description = description;
        entry.at = OffsetDateTime.now();
        em.persist(entry);
        return entry;
    }

    public List<LedgerEntryEntity> entries(String patientId) {
        return em.createQuery("from LedgerEntryEntity e where e.patientId = :p order by e.at, e.id", LedgerEntryEntity.class)
                .setParameter("p", patientId).getResultList();
    }

    /** The balance is never stored: it is the sum of the ledger. */
    public long balance(String patientId) {
        em.flush();
        Long sum = em.createQuery("select coalesce(sum(e.amountCents), 0) from LedgerEntryEntity e where e.patientId = :p",
                Long.class).setParameter("p", patientId).getSingleResult();
        return sum == null ? 0 : sum;
    }

    public void save(Object entity) {
        em.persist(entity);
    }

    public Optional<StatementEntity> statement(String id) {
        return Optional.ofNullable(em.find(StatementEntity.class, id));
    }

    public List<StatementEntity> statements(String patientId) {
        return em.createQuery("from StatementEntity s where s.patientId = :p order by s.createdAt", StatementEntity.class)
                .setParameter("p", patientId).getResultList();
    }

    public Optional<PatientPaymentEntity> payment(String id) {
        return Optional.ofNullable(em.find(PatientPaymentEntity.class, id));
    }
}
