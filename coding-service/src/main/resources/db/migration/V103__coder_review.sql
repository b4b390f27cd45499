-- Questions a coder sends the rendering provider when the documentation is unclear.
CREATE TABLE provider_query (
    id            text PRIMARY KEY,
    tenant_id     text NOT NULL,
    encounter_id  text NOT NULL REFERENCES encounter (id),
    provider_npi  text,
    question      text NOT NULL,
    asked_by      text NOT NULL,
    asked_at      timestamptz NOT NULL,
    answer        text,
    answered_by   text,
    answered_at   timestamptz
);
CREATE INDEX provider_query_encounter ON provider_query (encounter_id);

-- Append-only: every change to an encounter's coding, who made it, and the codes before and after.
CREATE TABLE coding_audit (
    id            bigserial PRIMARY KEY,
    tenant_id     text NOT NULL,
    encounter_id  text NOT NULL REFERENCES encounter (id),
    actor         text NOT NULL,
    action        text NOT NULL,
    reason        text,
    before        text,
    after         text,
    at            timestamptz NOT NULL
);
CREATE INDEX coding_audit_encounter ON coding_audit (encounter_id, id);

-- When the encounter last entered the coder queue, so the queue is served oldest first.
ALTER TABLE encounter ADD COLUMN queued_at timestamptz;
CREATE INDEX encounter_queue ON encounter (tenant_id, status, queued_at);

ALTER TABLE provider_query ENABLE ROW LEVEL SECURITY;
ALTER TABLE provider_query FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON provider_query
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE coding_audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE coding_audit FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON coding_audit
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
-- The log only grows: the service role may add rows but never change or remove them.
CREATE RULE coding_audit_no_update AS ON UPDATE TO coding_audit DO INSTEAD NOTHING;
CREATE RULE coding_audit_no_delete AS ON DELETE TO coding_audit DO INSTEAD NOTHING;
