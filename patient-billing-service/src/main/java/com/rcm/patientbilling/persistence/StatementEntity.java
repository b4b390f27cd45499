package com.rcm.patientbilling.persistence;

import com.rcm.patientbilling.domain.Notice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A statement as issued: what it said is kept exactly, whatever the ledger does later. */
@Entity
@Immutable
@Table(name = "statement")
public class StatementEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    /** The guarantor's own patient account, or null when the guarantor is not a patient. */
    @Column(name = "account_id")
    public String accountId;

    @Column(name = "guarantor_key")
    public String guarantorKey;

    @Enumerated(EnumType.STRING)
    public Notice notice;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "encounter_ids")
    public List<String> encounterIds;

    @Column(name = "patient_name")
    public String patientName;

    /** {@code Address} JSON as mailed, or null. */
    @Column(name = "mailing_address")
    public String mailingAddress;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The amount due of the guarantor's statement before this one (0 for the first). */
    @Column(name = "previous_balance_cents")
    public long previousBalanceCents;

    /** Payments, adjustments and credits already applied to the listed services (0 or negative). */
    @Column(name = "credits_cents")
    public long creditsCents;

    /** What the guarantor owes on the statement date, over every account they answer for. */
    @Column(name = "amount_due_cents")
    public long amountDueCents;

    /** {@code StatementLine} list as JSON. */
    public String lines;

    /** Open charges by age bucket as of the statement date ({@code Map<String, Long>} JSON). */
    public String aging;

    /** The guarantor's payment plan as the statement states it, or null. */
    @Column(name = "plan_note")
    public String planNote;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
