CREATE TABLE patient_account (
    id          text NOT NULL UNIQUE,
    tenant_id   text NOT NULL,
    patient_id  text NOT NULL,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    address     text,
    opened_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, patient_id)
);

-- The ledger every balance is derived from. Append-only: a correction is a new, reversing entry.
CREATE TABLE ledger_entry (
    id            text PRIMARY KEY,
    tenant_id     text NOT NULL,
    patient_id    text NOT NULL,
    kind          text NOT NULL,
    amount_cents  bigint NOT NULL,
    claim_id      text,
    encounter_id  text,
    reference     text,
    description   text,
    at            timestamptz NOT NULL,
    FOREIGN KEY (tenant_id, patient_id) REFERENCES patient_account (tenant_id, patient_id)
);
CREATE INDEX ledger_entry_account ON ledger_entry (tenant_id, patient_id, at);

CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger entries are never changed or deleted; post a reversing entry';
END $$;
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

CREATE TABLE patient_payment (
    id                   text PRIMARY KEY,
    tenant_id            text NOT NULL,
    patient_id           text NOT NULL,
    amount_cents         bigint NOT NULL CHECK (amount_cents > 0),
    method               text NOT NULL,
    processor_reference  text,
    received_on          date NOT NULL,
    created_at           timestamptz NOT NULL
);

CREATE TABLE statement (
    id                text PRIMARY KEY,
    tenant_id         text NOT NULL,
    patient_id        text NOT NULL,
    issued_on         date NOT NULL,
    due_date          date NOT NULL,
    amount_due_cents  bigint NOT NULL,
    encounter_ids     text NOT NULL,
    lines             text NOT NULL,
    created_at        timestamptz NOT NULL
);
CREATE INDEX statement_account ON statement (tenant_id, patient_id, issued_on);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['patient_account', 'ledger_entry', 'patient_payment', 'statement'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;
