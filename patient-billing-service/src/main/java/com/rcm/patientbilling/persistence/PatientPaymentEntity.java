package com.rcm.patientbilling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** A payment a patient made; card processing happens elsewhere, its reference is kept. */
@Entity
@Table(name = "patient_payment")
public class PatientPaymentEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "patient_id")
    public String patientId;

    @Column(name = "amount_cents")
    public long amountCents;

    public String method;

    @Column(name = "processor_reference")
    public String processorReference;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
