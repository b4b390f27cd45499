package com.rcm.patientbilling.service;

import com.rcm.patientbilling.domain.LedgerKind;
import com.rcm.patientbilling.persistence.LedgerEntryEntity;
import com.rcm.patientbilling.persistence.LedgerEntryRepository;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Appends to a patient's ledger. There is no other way to change what a patient owes. */
@ApplicationScoped
public class PatientLedger {
    private final LedgerEntryRepository entries;

    public PatientLedger(LedgerEntryRepository entries) {
        this.entries = entries;
    }

    /** What insurance left to the patient on one claim payment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chargePatientResponsibility(
            PatientAccountEntity account, long amountCents, String claimId, String encounterId, String remittanceId) {
        postClaimPayment(
                account,
                LedgerKind.PATIENT_RESPONSIBILITY,
                amountCents,
                "Patient responsibility after insurance",
                claimId,
                encounterId,
                remittanceId);
    }

    /** The payer took back a claim payment: what it had left to the patient comes off ({@code amountCents} < 0). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reverseInsurance(
            PatientAccountEntity account, long amountCents, String claimId, String encounterId, String remittanceId) {
        postClaimPayment(
                account,
                LedgerKind.INSURANCE_REVERSAL,
                amountCents,
                "Insurance payment reversed by the payer; its patient responsibility comes off",
                claimId,
                encounterId,
                remittanceId);
    }

    /**
     * A later payer's decision on a share billed before it answered: {@code amountCents} is what it left
     * minus what was billed (negative when it paid part of the share).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adjustForLaterPayer(
            PatientAccountEntity account,
            long amountCents,
            String claimId,
            String encounterId,
            String remittanceId,
            String payerId) {
        postClaimPayment(
                account,
                LedgerKind.LATER_PAYER_ADJUSTMENT,
                amountCents,
                "Decided by " + payerId + " after the earlier payer's share was billed",
                claimId,
                encounterId,
                remittanceId);
    }

    private void postClaimPayment(
            PatientAccountEntity account,
            LedgerKind kind,
            long amountCents,
            String description,
            String claimId,
            String encounterId,
            String remittanceId) {
        LedgerEntryEntity entry = entry(account, kind, amountCents, description);
        entry.claimId = claimId;
        entry.encounterId = encounterId;
        entry.remittanceId = remittanceId;
        entries.persist(entry);
    }

    /** Relief the practice grants (hardship, small balance), as a credit naming who approved it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntryEntity adjust(
            PatientAccountEntity account, LedgerKind kind, long amountCents, String reason, String approvedBy) {
        LedgerEntryEntity entry = entry(account, kind, -amountCents, reason);
        entry.approvedBy = approvedBy;
        entries.persist(entry);
        return entry;
    }

    /** Money the patient paid, as a credit; a payment split over a family's accounts makes one entry on each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void creditPayment(PatientAccountEntity account, String paymentId, long amountCents, String method) {
        LedgerEntryEntity entry =
                entry(account, LedgerKind.PATIENT_PAYMENT, -amountCents, "Patient payment (" + method + ")");
        entry.paymentId = paymentId;
        entries.persist(entry);
    }

    /** A credit given back: a debit that takes the credit off the account. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refund(PatientAccountEntity account, String refundId, long amountCents, String reference) {
        LedgerEntryEntity entry =
                entry(account, LedgerKind.REFUND, amountCents, "Refund of a credit (" + reference + ")");
        entry.refundId = refundId;
        entries.persist(entry);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long balanceOf(PatientAccountEntity account) {
        return entries.balanceOf(account.id);
    }

    private static LedgerEntryEntity entry(
            PatientAccountEntity account, LedgerKind kind, long amountCents, String description) {
        LedgerEntryEntity entry = new LedgerEntryEntity();
        entry.id = UUID.randomUUID().toString();
        entry.tenantId = account.tenantId;
        entry.accountId = account.id;
        entry.kind = kind;
        entry.amountCents = amountCents;
        entry.description = description;
        entry.at = OffsetDateTime.now();
        return entry;
    }
}
