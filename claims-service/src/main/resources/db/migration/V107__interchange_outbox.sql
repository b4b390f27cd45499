-- An 837P interchange is written and kept before it is sent (ADR 0021). A send repeated after a crash
-- or a lost answer is then the same interchange under the same ISA13, never the same claims again under
-- a new number, so the clearinghouse can tell it is a duplicate. Holds claims, so row-level security.
CREATE TABLE outgoing_interchange (
    id              text PRIMARY KEY,
    tenant_id       text NOT NULL,
    control_number  text NOT NULL,
    x12             text NOT NULL,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    submission_id   text
);

DO $$
BEGIN
    EXECUTE 'ALTER TABLE outgoing_interchange ENABLE ROW LEVEL SECURITY';
    EXECUTE 'ALTER TABLE outgoing_interchange FORCE ROW LEVEL SECURITY';
    EXECUTE 'CREATE POLICY tenant_isolation ON outgoing_interchange USING (tenant_id = current_setting(''app.tenant_id'', true)) '
            'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))';
END $$;

-- A queued claim written into an interchange stays queued, naming it, until the clearinghouse answers.
ALTER TABLE submission_queue ADD COLUMN interchange_id text REFERENCES outgoing_interchange (id);
CREATE INDEX submission_queue_interchange ON submission_queue (tenant_id, interchange_id);
