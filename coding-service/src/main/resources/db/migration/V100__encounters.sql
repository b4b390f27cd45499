CREATE TABLE encounter (
    id               text PRIMARY KEY,
    tenant_id        text NOT NULL,
    external_id      text NOT NULL,
    date_of_service  date NOT NULL,
    status           text NOT NULL,
    channel          text NOT NULL,
    submission       text NOT NULL,
    edits            text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX encounter_tenant_status ON encounter (tenant_id, status, created_at);

ALTER TABLE encounter ENABLE ROW LEVEL SECURITY;
ALTER TABLE encounter FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON encounter
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
