-- Where each encounter stands: the most advanced stage seen, and when it was reached (ce_time).
CREATE TABLE encounter_lifecycle (
    tenant_id     text NOT NULL,
    encounter_id  text NOT NULL,
    stage         text NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, encounter_id)
);
CREATE INDEX encounter_lifecycle_encounter ON encounter_lifecycle (encounter_id);
CREATE INDEX encounter_lifecycle_stage ON encounter_lifecycle (tenant_id, stage, updated_at);

-- Every stage event seen, once per event.
CREATE TABLE encounter_stage_history (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     text NOT NULL,
    encounter_id  text NOT NULL,
    stage         text NOT NULL,
    at            timestamptz NOT NULL,
    event_id      text NOT NULL,
    UNIQUE (encounter_id, event_id)
);
CREATE INDEX encounter_stage_history_encounter ON encounter_stage_history (tenant_id, encounter_id, at);

-- A practice sees its own rows; ops reads every practice's with the setting '*' (TenantContext.ALL_TENANTS).
-- Writes always name one practice: '*' never passes WITH CHECK.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['encounter_lifecycle', 'encounter_stage_history'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I '
                       'USING (tenant_id = current_setting(''app.tenant_id'', true) '
                       '       OR current_setting(''app.tenant_id'', true) = ''*'') '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;
