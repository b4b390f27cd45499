package com.rcm.patientbilling.persistence;

import com.rcm.patientbilling.domain.LedgerKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The current tenant's patient ledgers: append and read, never update. */
@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntryEntity, String> {

    public List<LedgerEntryEntity> entriesOf(String accountId) {
        return list("accountId = ?1 order by seq", accountId);
    }

    /** The balance is never stored: it is the sum of the ledger. */
    public long balanceOf(String accountId) {
        flush();
        Long sum = getEntityManager().createQuery(
                "select coalesce(sum(e.amountCents), 0) from LedgerEntryEntity e where e.accountId = :account", Long.class)
                .setParameter("account", accountId).getSingleResult();
        return sum == null ? 0 : sum;
    }

    public boolean hasChargeFor(String claimId, String remittanceId) {
        return count("kind = ?1 and claimId = ?2 and remittanceId = ?3", LedgerKind.PATIENT_RESPONSIBILITY, claimId,
                remittanceId) > 0;
    }
}
