package com.rcm.patientbilling.persistence;

import com.rcm.patientbilling.domain.PatientPaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** A payment a patient made; the card or bank processing happened elsewhere, its reference is kept. */
@Entity
@Immutable
@Table(name = "patient_payment")
public class PatientPaymentEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "account_id")
    public String accountId;

    /** Who paid: the guarantor of the patient named in the request. */
    @Column(name = "guarantor_key")
    public String guarantorKey;

    @Column(name = "amount_cents")
    public long amountCents;

    @Enumerated(EnumType.STRING)
    public PatientPaymentMethod method;

    @Column(name = "processor_reference")
    public String processorReference;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
