-- Tables every service has, owned by libs/platform. Platform migrations use versions 1-99;
-- a service's own migrations start at 100.

-- Transactional outbox. Read across tenants by the relay, so it has no row-level security; it is
-- never exposed through an API.
CREATE TABLE outbox_event (
    id             uuid PRIMARY KEY,
    seq            bigserial NOT NULL,
    topic          text NOT NULL,
    message_key    text NOT NULL,
    event_type     text NOT NULL,
    subject        text,
    tenant_id      text NOT NULL,
    encounter_id   text,
    correlation_id text,
    causation_id   text,
    payload        text NOT NULL,
    created_at     timestamptz NOT NULL,
    sent_at        timestamptz
);
CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;

-- Idempotent inbox: which events each consumer has applied.
CREATE TABLE inbox (
    consumer     text NOT NULL,
    event_id     text NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key reservations of create requests, per tenant.
CREATE TABLE idempotency_key (
    tenant_id    text NOT NULL,
    scope        text NOT NULL,
    idem_key     text NOT NULL,
    request_hash text NOT NULL,
    resource_id  text NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, scope, idem_key)
);
ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_key FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON idempotency_key
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
