package com.rcm.ops.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** A message some consumer could not process, as it sits on its dead-letter topic. */
@Entity
@Immutable
@Table(name = "dead_letter")
public class DeadLetterEntity {
    @Id
    public String id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "dlq_topic")
    public String dlqTopic;

    @Column(name = "original_topic")
    public String originalTopic;

    @Column(name = "original_partition")
    public Integer originalPartition;

    @Column(name = "original_offset")
    public Long originalOffset;

    @Column(name = "record_key")
    public String recordKey;

    @Column(name = "record_value")
    public String recordValue;

    /** The original headers (dlq-* left out) as a JSON object of name to text. */
    public String headers;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "encounter_id")
    public String encounterId;

    public String reason;

    public String consumer;

    @Column(name = "dead_lettered_at")
    public OffsetDateTime deadLetteredAt;
}
