package com.rcm.ops.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Dead letters and their replays. Reads see what the connection's tenant setting lets them. */
@ApplicationScoped
public class DeadLetterRepository implements PanacheRepositoryBase<DeadLetterEntity, String> {

    /** Keeps a dead letter once; false when this (topic, partition, offset) was kept before. */
    public boolean keep(DeadLetterEntity letter, int dlqPartition, long dlqOffset) {
        return getEntityManager()
                        .createNativeQuery("""
                INSERT INTO dead_letter (id, tenant_id, dlq_topic, dlq_partition, dlq_offset, original_topic,
                                         original_partition, original_offset, record_key, record_value, headers,
                                         event_type, event_id, encounter_id, reason, consumer, dead_lettered_at)
                VALUES (:id, :tenant, :topic, :partition, :offset, :originalTopic, CAST(:originalPartition AS integer),
                        CAST(:originalOffset AS bigint), :key, :value, :headers, :type, :eventId, CAST(:encounter AS text), :reason,
                        :consumer, :at)
                ON CONFLICT (dlq_topic, dlq_partition, dlq_offset) DO NOTHING""")
                        .setParameter("id", letter.id)
                        .setParameter("tenant", letter.tenantId)
                        .setParameter("topic", letter.dlqTopic)
                        .setParameter("partition", dlqPartition)
                        .setParameter("offset", dlqOffset)
                        .setParameter("originalTopic", letter.originalTopic)
                        .setParameter(
                                "originalPartition",
                                letter.originalPartition == null ? null : String.valueOf(letter.originalPartition))
                        .setParameter(
                                "originalOffset",
                                letter.originalOffset == null ? null : String.valueOf(letter.originalOffset))
                        .setParameter("key", letter.recordKey)
                        .setParameter("value", letter.recordValue)
                        .setParameter("headers", letter.headers)
                        .setParameter("type", letter.eventType)
                        .setParameter("eventId", letter.eventId)
                        .setParameter("encounter", letter.encounterId)
                        .setParameter("reason", letter.reason)
                        .setParameter("consumer", letter.consumer)
                        .setParameter("at", letter.deadLetteredAt)
                        .executeUpdate()
                == 1;
    }

    /** The newest first, at most {@code limit}. */
    public List<DeadLetterEntity> newest(int limit) {
        return find("order by deadLetteredAt desc, id").page(0, limit).list();
    }

    public record Replay(String replayedBy, String replayedFrom, OffsetDateTime replayedAt) {}

    public List<Replay> replaysOf(String deadLetterId) {
        return NativeRows.of(
                getEntityManager().createNativeQuery("""
                SELECT replayed_by, replayed_from, replayed_at FROM dead_letter_replay
                 WHERE dead_letter_id = :id ORDER BY replayed_at""").setParameter("id", deadLetterId),
                r -> new Replay(r.text(0), r.text(1), r.time(2)));
    }

    public void recordReplay(DeadLetterEntity letter, String by, String from) {
        getEntityManager()
                .createNativeQuery("""
                INSERT INTO dead_letter_replay (id, tenant_id, dead_letter_id, replayed_by, replayed_from, replayed_at)
                VALUES (:id, :tenant, :letter, :by, :from, :at)""")
                .setParameter("id", UUID.randomUUID().toString())
                .setParameter("tenant", letter.tenantId)
                .setParameter("letter", letter.id)
                .setParameter("by", by)
                .setParameter("from", from)
                .setParameter("at", OffsetDateTime.now())
                .executeUpdate();
    }
}
