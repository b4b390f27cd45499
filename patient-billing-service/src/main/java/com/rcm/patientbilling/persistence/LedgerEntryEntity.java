package com.rcm.patientbilling.persistence;

import com.rcm.patientbilling.domain.LedgerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One ledger entry; never changed once written (the database refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntryEntity {
    @Id
    public String id;

    /** Posting order; the database assigns it. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "account_id")
    public String accountId;

    @Enumerated(EnumType.STRING)
    public LedgerKind kind;

    @Column(name = "amount_cents")
    public long amountCents;

    @Column(name = "claim_id")
    public String claimId;

    @Column(name = "encounter_id")
    public String encounterId;

    @Column(name = "remittance_id")
    public String remittanceId;

    @Column(name = "payment_id")
    public String paymentId;

    public String description;

    /** Who approved an adjustment (hardship, small-balance write-off); null for other entries. */
    @Column(name = "approved_by")
    public String approvedBy;

    /** The refund request a REFUND entry pays out. */
    @Column(name = "refund_id")
    public String refundId;

    public OffsetDateTime at;
}
