package com.rcm.patientbilling.service;

import com.rcm.events.EventEnvelope;
import com.rcm.patientbilling.domain.BillingPolicy;
import com.rcm.patientbilling.domain.LedgerKind;
import com.rcm.patientbilling.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Writes off what a guarantor owes when it is at most the practice's small-balance limit, instead of billing it. */
@ApplicationScoped
public class SmallBalanceRule {
    /** The approver an automatic write-off names. */
    public static final String APPROVER = "small-balance rule";

    private final PatientLedger ledger;
    private final Settlements settlements;

    public SmallBalanceRule(PatientLedger ledger, Settlements settlements) {
        this.ledger = ledger;
        this.settlements = settlements;
    }

    public static boolean applies(long balanceCents, BillingPolicy policy) {
        return balanceCents > 0 && balanceCents <= policy.smallBalanceCents();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void writeOff(GuarantorBook book, BillingPolicy policy, LocalDate on, EventEnvelope cause) {
        for (GuarantorBook.AccountBook account : book.accounts()) {
            if (account.balanceCents() > 0) {
                ledger.adjust(
                        account.account(),
                        LedgerKind.SMALL_BALANCE,
                        account.balanceCents(),
                        "Balance of " + Money.format(book.balanceCents()) + " is within the practice's small-balance "
                                + "limit of " + Money.format(policy.smallBalanceCents()),
                        APPROVER);
                settlements.announcePaidOff(account.account(), on, cause);
            }
        }
    }
}
