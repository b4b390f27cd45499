package com.rcm.patientbilling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** The person statements go to, answering for one or more patient accounts (a parent for a family). */
@Entity
@Table(name = "guarantor")
public class GuarantorEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    /** The practice's id for the guarantor: a patient's own id when they pay for themselves. */
    @Column(name = "guarantor_key")
    public String guarantorKey;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    /** {@code Address} JSON, or null. */
    public String address;

    /** The day dunning ran out and the balance was flagged for collections; null otherwise. */
    @Column(name = "collections_on")
    public LocalDate collectionsOn;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public String name() {
        return firstName + " " + lastName;
    }
}
