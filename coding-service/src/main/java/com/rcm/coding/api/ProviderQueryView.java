package com.rcm.coding.api;

import com.rcm.coding.persistence.ProviderQueryEntity;
import java.time.OffsetDateTime;

/** A question to the rendering provider and, once given, the answer. */
public record ProviderQueryView(
        String id,
        String encounterId,
        String providerNpi,
        String question,
        String askedBy,
        OffsetDateTime askedAt,
        String answer,
        String answeredBy,
        OffsetDateTime answeredAt) {

    static ProviderQueryView of(ProviderQueryEntity q) {
        return new ProviderQueryView(
                q.id,
                q.encounterId,
                q.providerNpi,
                q.question,
                q.askedBy,
                q.askedAt,
                q.answer,
                q.answeredBy,
                q.answeredAt);
    }
}
