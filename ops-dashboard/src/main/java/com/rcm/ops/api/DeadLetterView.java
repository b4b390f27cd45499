package com.rcm.ops.api;

import com.rcm.ops.persistence.DeadLetterEntity;
import com.rcm.ops.persistence.DeadLetterRepository;
import java.time.OffsetDateTime;
import java.util.List;

/** A dead letter as the browser shows it: where it came from, why it failed, the message, and its replays. */
public record DeadLetterView(
        String id,
        String tenantId,
        String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        String eventType,
        String eventId,
        String encounterId,
        String key,
        String reason,
        String consumer,
        OffsetDateTime deadLetteredAt,
        String value,
        List<DeadLetterRepository.Replay> replays) {

    public static DeadLetterView of(DeadLetterEntity l, List<DeadLetterRepository.Replay> replays) {
        return new DeadLetterView(
                l.id,
                l.tenantId,
                l.originalTopic,
                l.originalPartition,
                l.originalOffset,
                l.eventType,
                l.eventId,
                l.encounterId,
                l.recordKey,
                l.reason,
                l.consumer,
                l.deadLetteredAt,
                l.recordValue,
                replays);
    }
}
