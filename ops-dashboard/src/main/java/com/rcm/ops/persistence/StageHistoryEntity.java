package com.rcm.ops.persistence;

import com.rcm.ops.domain.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** One stage event seen for an encounter. No {@code @TenantId}, for the same reason as the lifecycle. */
@Entity
@Immutable
@Table(name = "encounter_stage_history")
public class StageHistoryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "encounter_id")
    public String encounterId;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    /** The event's ce_time. */
    public OffsetDateTime at;

    @Column(name = "event_id")
    public String eventId;
}
