package com.rcm.coding.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** A coder's question to the rendering provider about an encounter's documentation, and the answer. */
@Entity
@Table(name = "provider_query")
public class ProviderQueryEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "encounter_id")
    public String encounterId;

    @Column(name = "provider_npi")
    public String providerNpi;

    public String question;

    @Column(name = "asked_by")
    public String askedBy;

    @Column(name = "asked_at")
    public OffsetDateTime askedAt;

    public String answer;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;
}
