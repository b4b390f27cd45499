package com.rcm.payments.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** One payment of an 835 (BPR/TRN), with the file it came in and whether it was posted. */
@Entity
@Table(name = "remittance")
public class RemittanceEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "payer_id")
    public String payerId;

    @Column(name = "payer_name")
    public String payerName;

    @Column(name = "trace_number")
    public String traceNumber;

    @Column(name = "payment_method")
    public String paymentMethod;

    @Column(name = "payment_date")
    public LocalDate paymentDate;

    @Column(name = "payment_amount_cents")
    public long paymentAmountCents;

    public String status;

    /** Why an unposted remittance was held (for example the balancing differences). */
    public String problem;

    public String channel;

    /** The 835 file it came in, kept once for all its payments ({@code era_file}). */
    @Column(name = "era_file_id")
    public String eraFileId;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
