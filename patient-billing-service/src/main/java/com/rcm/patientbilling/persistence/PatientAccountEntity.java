package com.rcm.patientbilling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** A patient's account at one practice. Its balance is not stored here: it is the sum of its ledger. */
@Entity
@Table(name = "patient_account")
public class PatientAccountEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    /** The practice's own patient id ({@code patient.externalId}). */
    @Column(name = "patient_id")
    public String patientId;

    @Column(name = "guarantor_id")
    public String guarantorId;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    /** The latest mailing address the practice sent ({@code Address} JSON), or null. */
    public String address;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
}
