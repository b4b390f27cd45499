package com.rcm.patientbilling.service;

import com.rcm.patientbilling.domain.OpenCharges;
import com.rcm.patientbilling.persistence.LedgerEntryEntity;
import com.rcm.patientbilling.persistence.LedgerEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads an account's ledger as open charges: what each encounter still owes, oldest first. */
@ApplicationScoped
public class AccountCharges {
    private final LedgerEntryRepository entries;

    public AccountCharges(LedgerEntryRepository entries) {
        this.entries = entries;
    }

    public OpenCharges.Result of(String accountId) {
        return of(entries.entriesOf(accountId));
    }

    /** {@code ledger} is one account's entries in posting order. */
    public static OpenCharges.Result of(List<LedgerEntryEntity> ledger) {
        return OpenCharges.of(ledger.stream()
                .map(e -> new OpenCharges.Movement(
                        e.at.toLocalDate(),
                        e.amountCents,
                        e.encounterId,
                        e.kind.belongsToItsEncounter(),
                        sequenceOf(e)))
                .toList());
    }

    /** The database numbers an entry when it is written; one this transaction wrote is the newest. */
    private static long sequenceOf(LedgerEntryEntity entry) {
        return entry.seq == null ? Long.MAX_VALUE : entry.seq;
    }
}
