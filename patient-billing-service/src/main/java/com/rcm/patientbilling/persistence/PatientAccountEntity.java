package com.rcm.patientbilling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** A patient's account at a practice; the patient is their own guarantor for now. */
@Entity
@Table(name = "patient_account")
public class PatientAccountEntity {
    /** {@code tenantId:patientId}: two practices may each have a patient P-77. */
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "patient_id")
    public String patientId;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    /** The patient's address as JSON, for the statement's mailing block. */
    public String address;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    public static String idOf(String tenantId, String patientId) {
        return tenantId + ":" + patientId;
    }
}
