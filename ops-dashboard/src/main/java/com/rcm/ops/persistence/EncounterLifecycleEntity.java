package com.rcm.ops.persistence;

import com.rcm.ops.domain.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * An encounter's current stage. Deliberately no Hibernate {@code @TenantId}: ops reads across
 * practices, so queries name the practice themselves and row-level security is the wall.
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

    @Enumerated(EnumType.STRING)
    public Stage stage;

    /** When the encounter reached its current stage (the event's ce_time). */
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public record Key(String tenantId, String encounterId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
