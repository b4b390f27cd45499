package com.rcm.patientbilling.persistence;

import com.rcm.patientbilling.domain.LedgerKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
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
        Long sum = getEntityManager()
                .createQuery(
                        "select coalesce(sum(e.amountCents), 0) from LedgerEntryEntity e where e.accountId = :account",
                        Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** Patient-responsibility charges posted to these accounts after {@code since}. */
    public long chargedSince(List<String> accountIds, OffsetDateTime since) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        flush();
        Long sum = getEntityManager()
                .createQuery("""
                select coalesce(sum(e.amountCents), 0) from LedgerEntryEntity e
                 where e.accountId in :accounts and e.kind = :kind and e.at > :since""", Long.class)
                .setParameter("accounts", accountIds)
                .setParameter("kind", LedgerKind.PATIENT_RESPONSIBILITY)
                .setParameter("since", since)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** Whether this claim payment (claim, remittance) was already posted to a ledger, as a charge or a reversal. */
    public boolean hasChargeFor(String claimId, String remittanceId) {
        return count(
                        "kind in ?1 and claimId = ?2 and remittanceId = ?3",
                        List.of(LedgerKind.PATIENT_RESPONSIBILITY, LedgerKind.INSURANCE_REVERSAL),
                        claimId,
                        remittanceId)
                > 0;
    }

    /** Every entry of the practice's accounts, by account, oldest first: what A/R aging works from. */
    public List<LedgerEntryEntity> allEntries() {
        return list("order by accountId, seq");
    }
}
