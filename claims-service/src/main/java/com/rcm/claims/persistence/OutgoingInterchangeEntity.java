package com.rcm.claims.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/**
 * An 837P interchange as written, kept until the clearinghouse answers it; sent again unchanged,
 * under the same ISA13, when an earlier send's answer never arrived.
 */
@Entity
@Table(name = "outgoing_interchange")
public class OutgoingInterchangeEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    /** ISA13, nine digits. */
    @Column(name = "control_number")
    public String controlNumber;

    public String x12;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** The clearinghouse's receipt for it. */
    @Column(name = "submission_id")
    public String submissionId;

    /** The clearinghouse's 999 for it, as written. */
    @Column(name = "ack_999")
    public String ack999;

    /** The clearinghouse's 277CA for it, as written. */
    @Column(name = "ack_277ca")
    public String ack277ca;
}
