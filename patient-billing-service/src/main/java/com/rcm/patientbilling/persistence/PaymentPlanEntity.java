package com.rcm.patientbilling.persistence;

import com.rcm.patientbilling.domain.PlanFrequency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** A guarantor's agreement to pay a balance in installments. Its history is in {@code payment_plan_event}. */
@Entity
@Table(name = "payment_plan")
public class PaymentPlanEntity {
    public enum Status {
        ACTIVE,
        COMPLETED,
        DEFAULTED
    }

    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "guarantor_key")
    public String guarantorKey;

    @Column(name = "total_cents")
    public long totalCents;

    @Column(name = "installment_cents")
    public long installmentCents;

    @Enumerated(EnumType.STRING)
    public PlanFrequency frequency;

    @Column(name = "first_due_on")
    public LocalDate firstDueOn;

    @Column(name = "grace_days")
    public int graceDays;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "ended_on")
    public LocalDate endedOn;
}
