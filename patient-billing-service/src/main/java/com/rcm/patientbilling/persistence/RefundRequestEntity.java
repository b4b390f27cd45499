package com.rcm.patientbilling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** A credit to give back to a patient. The money itself moves only through the ledger's REFUND entry. */
@Entity
@Table(name = "refund_request")
public class RefundRequestEntity {
    public enum Status {
        REQUESTED,
        ISSUED
    }

    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "account_id")
    public String accountId;

    /** The overpayment that made the credit. */
    @Column(name = "payment_id")
    public String paymentId;

    @Column(name = "amount_cents")
    public long amountCents;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    /** The check number or processor reference of the refund. */
    @Column(name = "issued_reference")
    public String issuedReference;

    @Column(name = "issued_by")
    public String issuedBy;
}
