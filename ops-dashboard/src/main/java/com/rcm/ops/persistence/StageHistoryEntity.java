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

    /** The payer the step concerns, null when its event names none. */
    @Column(name = "payer_id")
    public String payerId;

    /** Which of the encounter's coverages that payer is (1 primary, 2 secondary, 3 tertiary), null with no payer. */
    @Column(name = "coverage_order")
    public Integer coverageOrder;

    /** The event's ce_time. */
    public OffsetDateTime at;

    @Column(name = "event_id")
    public String eventId;
}
