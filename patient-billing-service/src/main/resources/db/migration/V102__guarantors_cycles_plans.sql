-- Guarantors, statement cycles with dunning, payment plans, refunds and the per-practice billing policy.

-- The person who pays: a statement goes to a guarantor and covers every account they answer for.
-- patient_account.guarantor_id names a guarantor's guarantor_key (the patient's own id until set).
CREATE TABLE guarantor (
    id              text PRIMARY KEY,
    tenant_id       text NOT NULL,
    guarantor_key   text NOT NULL,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    address         text,
    -- Set when dunning ran out: the practice decides whether to send the balance to an agency.
    collections_on  date,
    created_at      timestamptz NOT NULL,
    UNIQUE (tenant_id, guarantor_key)
);

-- What each posted claim payment itemizes, kept so a later statement can list every open encounter.
CREATE TABLE billed_service (
    id             text PRIMARY KEY,
    tenant_id      text NOT NULL,
    account_id     text NOT NULL REFERENCES patient_account (id),
    encounter_id   text NOT NULL,
    claim_id       text NOT NULL,
    remittance_id  text NOT NULL,
    lines          text NOT NULL,
    posted_at      timestamptz NOT NULL
);
CREATE INDEX billed_service_account ON billed_service (account_id, posted_at);

-- Guarantors with new charges waiting for their statement; the statement batch drains it.
-- Not tenant-filtered: the batch reads every practice's waiting guarantors, then works as each practice.
CREATE TABLE statement_queue (
    tenant_id       text NOT NULL,
    guarantor_key   text NOT NULL,
    queued_at       timestamptz NOT NULL,
    -- The event that queued it, so the statement carries its causation and correlation.
    cause_event_id  text,
    correlation_id  text,
    PRIMARY KEY (tenant_id, guarantor_key)
);

-- Practices with patient accounts, and the day their billing cycle (dunning, plans, small balances) last ran.
CREATE TABLE billing_cycle (
    tenant_id    text PRIMARY KEY,
    last_run_on  date
);

ALTER TABLE statement ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE statement ADD COLUMN guarantor_key text;
ALTER TABLE statement ADD COLUMN notice text NOT NULL DEFAULT 'STATEMENT'
    CHECK (notice IN ('STATEMENT', 'REMINDER', 'FINAL_NOTICE'));
ALTER TABLE statement ADD COLUMN aging text;
ALTER TABLE statement ADD COLUMN plan_note text;
CREATE INDEX statement_guarantor ON statement (tenant_id, guarantor_key, created_at);

ALTER TABLE patient_payment ADD COLUMN guarantor_key text;

-- A refund gives back a credit; a payment larger than what was owed is split over several accounts.
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_kind_check;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_check
    CHECK (kind IN ('PATIENT_RESPONSIBILITY', 'PATIENT_PAYMENT', 'INSURANCE_REVERSAL', 'HARDSHIP', 'SMALL_BALANCE',
                    'REFUND'));
ALTER TABLE ledger_entry ADD COLUMN refund_id text;
DROP INDEX ledger_entry_one_credit_per_payment;
CREATE UNIQUE INDEX ledger_entry_one_credit_per_payment_and_account ON ledger_entry (payment_id, account_id)
    WHERE kind = 'PATIENT_PAYMENT';
CREATE UNIQUE INDEX ledger_entry_one_refund ON ledger_entry (refund_id) WHERE kind = 'REFUND';

-- A credit to give back. Its money moves only through the ledger (REFUND entry); this row tracks the work.
CREATE TABLE refund_request (
    id                text PRIMARY KEY,
    tenant_id         text NOT NULL,
    account_id        text NOT NULL REFERENCES patient_account (id),
    payment_id        text,
    amount_cents      bigint NOT NULL CHECK (amount_cents > 0),
    status            text NOT NULL CHECK (status IN ('REQUESTED', 'ISSUED')),
    requested_at      timestamptz NOT NULL,
    issued_on         date,
    issued_reference  text,
    issued_by         text
);

-- Encounters whose patient balance reached zero; each is announced once.
CREATE TABLE encounter_settlement (
    tenant_id     text NOT NULL,
    encounter_id  text NOT NULL,
    account_id    text NOT NULL REFERENCES patient_account (id),
    settled_on    date NOT NULL,
    PRIMARY KEY (tenant_id, encounter_id)
);

CREATE TABLE payment_plan (
    id                 text PRIMARY KEY,
    tenant_id          text NOT NULL,
    guarantor_key      text NOT NULL,
    total_cents        bigint NOT NULL CHECK (total_cents > 0),
    installment_cents  bigint NOT NULL CHECK (installment_cents > 0),
    frequency          text NOT NULL CHECK (frequency IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    first_due_on       date NOT NULL,
    grace_days         int NOT NULL CHECK (grace_days >= 0),
    status             text NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED', 'DEFAULTED')),
    created_at         timestamptz NOT NULL,
    ended_on           date
);
CREATE UNIQUE INDEX payment_plan_one_active ON payment_plan (tenant_id, guarantor_key) WHERE status = 'ACTIVE';

-- What happened to a plan, in order: created, installments paid or missed, completed or defaulted.
CREATE TABLE payment_plan_event (
    id            text PRIMARY KEY,
    seq           bigint GENERATED ALWAYS AS IDENTITY,
    tenant_id     text NOT NULL,
    plan_id       text NOT NULL REFERENCES payment_plan (id),
    kind          text NOT NULL,
    installment   int,
    amount_cents  bigint,
    on_date       date NOT NULL,
    UNIQUE (plan_id, kind, installment)
);

-- A practice's own rules; a practice without a row gets the service's defaults.
CREATE TABLE billing_policy (
    tenant_id                text PRIMARY KEY,
    due_days                 int NOT NULL CHECK (due_days BETWEEN 1 AND 120),
    cycle_days               int NOT NULL CHECK (cycle_days BETWEEN 1 AND 120),
    final_notice_after_days  int NOT NULL CHECK (final_notice_after_days BETWEEN 1 AND 120),
    collections_after_days   int NOT NULL CHECK (collections_after_days BETWEEN 1 AND 365),
    small_balance_cents      bigint NOT NULL CHECK (small_balance_cents >= 0),
    plan_grace_days          int NOT NULL CHECK (plan_grace_days BETWEEN 0 AND 60),
    updated_by               text NOT NULL,
    updated_at               timestamptz NOT NULL
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['billed_service', 'payment_plan_event'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION refuse_rewrite()',
                       t || '_append_only', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['guarantor', 'billed_service', 'refund_request', 'encounter_settlement', 'payment_plan',
                             'payment_plan_event', 'billing_policy'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

-- A statement lists every open encounter in full; what was paid or credited on them since is one sum.
ALTER TABLE statement ADD COLUMN credits_cents bigint NOT NULL DEFAULT 0;
