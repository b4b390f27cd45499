package com.rcm.claims.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** One step of a claim's status history, appended and never changed. */
@Entity
@Table(name = "claim_status_history")
public class ClaimStatusEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne
    @JoinColumn(name = "claim_id")
    public ClaimEntity claim;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    public String status;

    public String detail;

    public OffsetDateTime at;
}
