package com.rcm.coding.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** One change to an encounter's coding: who, when, what, and the codes before and after. Never updated. */
@Entity
@Table(name = "coding_audit")
public class CodingAuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "encounter_id")
    public String encounterId;

    public String actor;

    public String action;

    public String reason;

    public String before;

    public String after;

    public OffsetDateTime at;
}
