-- W3C trace context (traceparent) of each event in the outbox, sent as a Kafka header.
ALTER TABLE outbox_event ADD COLUMN traceparent text;

-- The trace each encounter belongs to, as this service first saw it: an event this service emits
-- later for the encounter (from a scheduled batch, or while answering another trace's request)
-- stays in the encounter's trace. Internal like the outbox: no API reads it.
CREATE TABLE encounter_trace (
    tenant_id     text NOT NULL,
    encounter_id  text NOT NULL,
    traceparent   text NOT NULL,
    PRIMARY KEY (tenant_id, encounter_id)
);
