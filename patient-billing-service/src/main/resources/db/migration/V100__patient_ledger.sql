-- A patient's account at one practice, opened by the first posted claim payment that names the
-- patient. patient_id is the practice's own patient id (ADR 0009); two practices may both have P-77.
CREATE TABLE patient_account (
    id            text PRIMARY KEY,
    tenant_id     text NOT NULL,
    patient_id    text NOT NULL,
    -- Who is billed. The patient is their own guarantor until guarantors are modelled.
    guarantor_id  text NOT NULL,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    address       text,
    opened_at     timestamptz NOT NULL,
    UNIQUE (tenant_id, patient_id)
);

-- Every balance is the sum of these rows; nothing stores a balance.
CREATE TABLE ledger_entry (
    id             text PRIMARY KEY,
    seq            bigint GENERATED ALWAYS AS IDENTITY,
    tenant_id      text NOT NULL,
    account_id     text NOT NULL REFERENCES patient_account (id),
    kind           text NOT NULL CHECK (kind IN ('PATIENT_RESPONSIBILITY', 'PATIENT_PAYMENT')),
    amount_cents   bigint NOT NULL,
    claim_id       text,
    encounter_id   text,
    remittance_id  text,
    payment_id     text,
    description    text NOT NULL,
    at             timestamptz NOT NULL
);
CREATE INDEX ledger_entry_account ON ledger_entry (account_id, seq);
-- The inbox already makes a redelivered posting harmless; this is the database's own wall.
CREATE UNIQUE INDEX ledger_entry_one_charge_per_claim_payment ON ledger_entry (tenant_id, claim_id, remittance_id)
    WHERE kind = 'PATIENT_RESPONSIBILITY';
CREATE UNIQUE INDEX ledger_entry_one_credit_per_payment ON ledger_entry (payment_id)
    WHERE kind = 'PATIENT_PAYMENT';

CREATE TABLE patient_payment (
    id                   text PRIMARY KEY,
    tenant_id            text NOT NULL,
    account_id           text NOT NULL REFERENCES patient_account (id),
    amount_cents         bigint NOT NULL CHECK (amount_cents > 0),
    method               text NOT NULL CHECK (method IN ('CARD', 'CASH', 'CHECK', 'ACH')),
    processor_reference  text,
    received_on          date NOT NULL,
    created_at           timestamptz NOT NULL
);

-- A statement as mailed: its lines, addressee and amounts are a snapshot, whatever the ledger does later.
CREATE TABLE statement (
    id                      text PRIMARY KEY,
    tenant_id               text NOT NULL,
    account_id              text NOT NULL REFERENCES patient_account (id),
    encounter_ids           text[] NOT NULL,
    patient_name            text NOT NULL,
    mailing_address         text,
    issued_on               date NOT NULL,
    due_date                date NOT NULL,
    previous_balance_cents  bigint NOT NULL,
    amount_due_cents        bigint NOT NULL,
    lines                   text NOT NULL,
    created_at              timestamptz NOT NULL
);
CREATE INDEX statement_account ON statement (account_id, created_at);

-- Money records are append-only: a correction is a new, reversing entry.
CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never changed or deleted; post a reversing entry', TG_TABLE_NAME;
END $$;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['ledger_entry', 'patient_payment', 'statement'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION refuse_rewrite()',
                       t || '_append_only', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['patient_account', 'ledger_entry', 'patient_payment', 'statement'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;
