package com.rcm.patientbilling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/**
 * A patient's share left by one payer while another of the patient's payers still decides: not billed
 * until that payer answers, or until {@link #dueOn}, whichever comes first.
 */
@Entity
@Table(name = "awaited_payer")
public class AwaitedPayerEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "account_id")
    public String accountId;

    @Column(name = "encounter_id")
    public String encounterId;

    /** The claim and remittance of the payer that left the share. */
    @Column(name = "claim_id")
    public String claimId;

    @Column(name = "remittance_id")
    public String remittanceId;

    @Column(name = "next_payer_id")
    public String nextPayerId;

    @Column(name = "owed_cents")
    public long owedCents;

    @Column(name = "due_on")
    public LocalDate dueOn;

    /** When the share was billed because the next payer had not answered in time; null while it waits. */
    @Column(name = "billed_at")
    public OffsetDateTime billedAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;
}
