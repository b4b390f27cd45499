package com.rcm.patientbilling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One step of a plan's history: CREATED, INSTALLMENT_PAID, INSTALLMENT_MISSED, COMPLETED or DEFAULTED. */
@Entity
@Immutable
@Table(name = "payment_plan_event")
public class PaymentPlanEventEntity {
    @Id
    public String id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "plan_id")
    public String planId;

    public String kind;

    /** The installment's number, for installment steps. */
    public Integer installment;

    @Column(name = "amount_cents")
    public Long amountCents;

    @Column(name = "on_date")
    public LocalDate onDate;
}
