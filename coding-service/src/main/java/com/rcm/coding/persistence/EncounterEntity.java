package com.rcm.coding.persistence;

import com.rcm.coding.domain.EncounterStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** An encounter as stored: key fields in columns, the submitted body kept whole as JSON. */
@Entity
@Table(name = "encounter")
public class EncounterEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "date_of_service")
    public LocalDate dateOfService;

    @Enumerated(EnumType.STRING)
    public EncounterStatus status;

    public String channel;

    /** The encounter as submitted, with a coder's corrections applied ({@code EncounterSubmitted} JSON). */
    public String submission;

    /** Failed edits of the last coding run (JSON list), null when clean. */
    public String edits;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** When it last entered the coder queue; the queue is served oldest first. */
    @Column(name = "queued_at")
    public OffsetDateTime queuedAt;
}
