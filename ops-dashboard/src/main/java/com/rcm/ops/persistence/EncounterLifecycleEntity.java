package com.rcm.ops.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * An encounter's current stage. No Hibernate tenant discriminator here: ops reads across practices,
 * so row-level security alone decides what a connection sees.
 */
@Entity
@Table(name = "encounter_lifecycle")
@IdClass(EncounterLifecycleEntity.Key.class)
public class EncounterLifecycleEntity {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "encounter_id")
    public String encounterId;

    public String stage;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public record Key(String tenantId, String encounterId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
