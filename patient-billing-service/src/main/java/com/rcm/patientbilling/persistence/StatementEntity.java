package com.rcm.patientbilling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @Column(name = "account_id")
    public String accountId;

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

    /** What the patient already owed before this statement's services. */
    @Column(name = "previous_balance_cents")
    public long previousBalanceCents;

    /** The account balance on the statement date. */
    @Column(name = "amount_due_cents")
    public long amountDueCents;

    /** {@code StatementLine} list as JSON. */
    public String lines;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
