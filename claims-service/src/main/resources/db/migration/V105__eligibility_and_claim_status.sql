-- Eligibility (270/271) answers kept with their raw X12, and claim status (276/277) follow-up.

CREATE TABLE eligibility_check (
    id                          text PRIMARY KEY,
    tenant_id                   text NOT NULL,
    patient_id                  text NOT NULL,
    payer_id                    text NOT NULL,
    member_id                   text NOT NULL,
    first_name                  text NOT NULL,
    last_name                   text NOT NULL,
    date_of_birth               date,
    date_of_service             date NOT NULL,
    status                      text NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE', 'MEMBER_NOT_FOUND')),
    plan_name                   text,
    copay_cents                 bigint,
    coinsurance_percent         integer,
    deductible_cents            bigint,
    deductible_remaining_cents  bigint,
    in_network                  boolean,
    reject_reason               text,
    trace_number                text NOT NULL,
    request_x12                 text NOT NULL,
    response_x12                text NOT NULL,
    checked_at                  timestamptz NOT NULL
);
CREATE INDEX eligibility_check_member ON eligibility_check (tenant_id, payer_id, member_id, checked_at);

-- When a payer is asked about a quiet claim, and what it last said (STC01, e.g. P1:20).
ALTER TABLE claim ADD COLUMN status_checked_at timestamptz;
ALTER TABLE claim ADD COLUMN payer_status text;

-- Days without a 277CA decision or an 835 before a claim is asked about; the share of the charge the
-- payer's contract allows (null: the whole charge), for patient estimates.
ALTER TABLE payer ADD COLUMN status_inquiry_days integer NOT NULL DEFAULT 30 CHECK (status_inquiry_days >= 0);
ALTER TABLE payer ADD COLUMN allowed_percent integer CHECK (allowed_percent BETWEEN 1 AND 100);

DO $$
BEGIN
    EXECUTE 'ALTER TABLE eligibility_check ENABLE ROW LEVEL SECURITY';
    EXECUTE 'ALTER TABLE eligibility_check FORCE ROW LEVEL SECURITY';
    EXECUTE 'CREATE POLICY tenant_isolation ON eligibility_check USING (tenant_id = current_setting(''app.tenant_id'', true)) '
            'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))';
END $$;

-- Claims waiting on the payer, and when to ask about them next. Not tenant-filtered: the inquiry
-- scheduler reads every practice's due claims, then works as each practice (like submission_queue).
CREATE TABLE status_watch (
    claim_id   text PRIMARY KEY,
    tenant_id  text NOT NULL,
    due_at     timestamptz NOT NULL
);
CREATE INDEX status_watch_due ON status_watch (due_at);
