-- Every dead letter of every topic, as it sits on <topic>.dlq: the original record (key, value,
-- headers), why it could not be processed, by which consumer, and whether ops replayed it.
CREATE TABLE dead_letter (
    id                  text PRIMARY KEY,
    tenant_id           text NOT NULL,
    dlq_topic           text NOT NULL,
    dlq_partition       integer NOT NULL,
    dlq_offset          bigint NOT NULL,
    original_topic      text NOT NULL,
    original_partition  integer,
    original_offset     bigint,
    record_key          text,
    record_value        text,
    headers             text NOT NULL,
    event_type          text,
    event_id            text,
    reason              text NOT NULL,
    consumer            text,
    dead_lettered_at    timestamptz NOT NULL,
    UNIQUE (dlq_topic, dlq_partition, dlq_offset)
);
CREATE INDEX dead_letter_recent ON dead_letter (tenant_id, dead_lettered_at);

-- Who replayed which dead letter, when, from where: append-only.
CREATE TABLE dead_letter_replay (
    id              text PRIMARY KEY,
    tenant_id       text NOT NULL,
    dead_letter_id  text NOT NULL REFERENCES dead_letter (id),
    replayed_by     text NOT NULL,
    replayed_from   text,
    replayed_at     timestamptz NOT NULL
);
CREATE INDEX dead_letter_replay_letter ON dead_letter_replay (dead_letter_id, replayed_at);

CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never changed or deleted', TG_TABLE_NAME;
END $$;
CREATE TRIGGER dead_letter_replay_append_only BEFORE UPDATE OR DELETE ON dead_letter_replay
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();

-- As the lifecycle tables: a practice sees its own rows, ops ('*') every practice's. A dead letter
-- with no readable tenant is filed under 'unknown', which only ops sees.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['dead_letter', 'dead_letter_replay'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I '
                       'USING (tenant_id = current_setting(''app.tenant_id'', true) '
                       '       OR current_setting(''app.tenant_id'', true) = ''*'') '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;
