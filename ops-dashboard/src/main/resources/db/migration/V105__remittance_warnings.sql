-- Every 835 payment a practice received (billing.remittance.received.v1) with how many departures from
-- the implementation guide its file carried, for the count of off-guide files per payer.
CREATE TABLE remittance_received (
    event_id       text PRIMARY KEY,
    tenant_id      text NOT NULL,
    remittance_id  text NOT NULL,
    payer_id       text NOT NULL,
    warnings       integer NOT NULL,
    received_at    timestamptz NOT NULL
);
CREATE INDEX remittance_received_recent ON remittance_received (tenant_id, received_at);

ALTER TABLE remittance_received ENABLE ROW LEVEL SECURITY;
ALTER TABLE remittance_received FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON remittance_received
    USING (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.tenant_id', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
