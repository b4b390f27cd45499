package com.rcm.patientbilling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** The statement lines of one posted claim payment, kept for every statement that lists its encounter. */
@Entity
@Immutable
@Table(name = "billed_service")
public class BilledServiceEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "account_id")
    public String accountId;

    @Column(name = "encounter_id")
    public String encounterId;

    @Column(name = "claim_id")
    public String claimId;

    @Column(name = "remittance_id")
    public String remittanceId;

    /** {@code StatementLine} list as JSON. */
    public String lines;

    @Column(name = "posted_at")
    public OffsetDateTime postedAt;
}
