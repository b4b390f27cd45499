package com.rcm.patientbilling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A practice's own patient-billing rules (see {@code BillingPolicy}); one row per practice. */
@Entity
@Table(name = "billing_policy")
public class BillingPolicyEntity {
    /** Also the row's key, so not a Hibernate tenant discriminator; row-level security still applies. */
    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "due_days")
    public int dueDays;

    @Column(name = "cycle_days")
    public int cycleDays;

    @Column(name = "final_notice_after_days")
    public int finalNoticeAfterDays;

    @Column(name = "collections_after_days")
    public int collectionsAfterDays;

    @Column(name = "small_balance_cents")
    public long smallBalanceCents;

    @Column(name = "plan_grace_days")
    public int planGraceDays;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
