package com.rcm.coding.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.rcm.coding.persistence.CodingAuditEntity;
import com.rcm.events.EventJson;
import java.time.OffsetDateTime;

/** One audited change: who did what and when, with the codes and status before and after. */
public record AuditEntryView(
        String actor, String action, String reason, OffsetDateTime at, JsonNode before, JsonNode after) {

    static AuditEntryView of(CodingAuditEntity e) {
        return new AuditEntryView(e.actor, e.action, e.reason, e.at, json(e.before), json(e.after));
    }

    private static JsonNode json(String text) {
        return text == null ? null : EventJson.read(text, JsonNode.class);
    }
}
