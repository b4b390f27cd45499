package com.rcm.patientbilling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** A statement as issued: what it said is kept exactly, whatever the ledger does later. */
@Entity
@Table(name = "statement")
public class StatementEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "patient_id")
    public String patientId;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "amount_due_cents")
    public long amountDueCents;

    /** Comma-separated. */
    @Column(name = "encounter_ids")
    public String encounterIds;

    /** {@code StatementLine} list as JSON. */
    public String lines;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
