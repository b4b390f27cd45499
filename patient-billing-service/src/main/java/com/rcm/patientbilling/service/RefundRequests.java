package com.rcm.patientbilling.service;

import com.rcm.patientbilling.persistence.LedgerEntryRepository;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientAccountRepository;
import com.rcm.patientbilling.persistence.RefundRequestEntity;
import com.rcm.patientbilling.persistence.RefundRequestRepository;
import com.rcm.platform.api.ApiProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A patient paid more than they owed: the rest is a credit on their account and a refund request.
 * Issuing the refund (the practice sends a check or reverses the card charge) debits the ledger, once,
 * and never for more than the account's credit at that moment (a new charge may have used it since).
 */
@ApplicationScoped
public class RefundRequests {
    private final RefundRequestRepository refunds;
    private final PatientAccountRepository accounts;
    private final LedgerEntryRepository entries;
    private final PatientLedger ledger;

    public RefundRequests(
            RefundRequestRepository refunds,
            PatientAccountRepository accounts,
            LedgerEntryRepository entries,
            PatientLedger ledger) {
        this.refunds = refunds;
        this.accounts = accounts;
        this.entries = entries;
        this.ledger = ledger;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RefundRequestEntity request(PatientAccountEntity account, String paymentId, long amountCents) {
        RefundRequestEntity refund = new RefundRequestEntity();
        refund.id = UUID.randomUUID().toString();
        refund.tenantId = account.tenantId;
        refund.accountId = account.id;
        refund.paymentId = paymentId;
        refund.amountCents = amountCents;
        refund.status = RefundRequestEntity.Status.REQUESTED;
        refund.requestedAt = OffsetDateTime.now();
        refunds.persist(refund);
        return refund;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RefundRequestEntity issue(String refundId, String reference, String issuedBy, LocalDate issuedOn) {
        RefundRequestEntity refund =
                refunds.lock(refundId).orElseThrow(() -> ApiProblemException.notFound("refund request", refundId));
        if (refund.status == RefundRequestEntity.Status.ISSUED) {
            throw new ApiProblemException(
                    409,
                    "Refund already issued",
                    "refund " + refundId + " was issued on " + refund.issuedOn + " (" + refund.issuedReference + ")");
        }
        PatientAccountEntity account = accounts.findById(refund.accountId, LockModeType.PESSIMISTIC_WRITE);
        long credit = -entries.balanceOf(account.id);
        if (credit < refund.amountCents) {
            throw new ApiProblemException(
                    422,
                    "Credit no longer there",
                    "the account's credit is " + Math.max(credit, 0) + " cents, less than the refund of "
                            + refund.amountCents + " cents; newer charges used it");
        }
        ledger.refund(account, refund.id, refund.amountCents, reference);
        refund.status = RefundRequestEntity.Status.ISSUED;
        refund.issuedOn = issuedOn;
        refund.issuedReference = reference;
        refund.issuedBy = issuedBy;
        return refund;
    }
}
