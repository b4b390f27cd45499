-- Claims submitted by the claims service, kept to match remittances against.
CREATE TABLE expected_claim (
    claim_id                text PRIMARY KEY,
    tenant_id               text NOT NULL,
    encounter_id            text NOT NULL,
    patient_control_number  text NOT NULL,
    payer_id                text NOT NULL,
    date_of_service         date NOT NULL,
    total_charge_cents      bigint NOT NULL,
    patient                 text NOT NULL,
    lines                   text NOT NULL,
    UNIQUE (tenant_id, patient_control_number)
);

-- Routes a clearinghouse-delivered 835 to its practice by the payee NPI (N1*PE). Holds no patient
-- data and is read before any tenant is known, so it has no row-level security.
CREATE TABLE payee_route (
    npi        text PRIMARY KEY,
    tenant_id  text NOT NULL
);

-- One 835 transaction: one payment (BPR) identified by its trace number (TRN).
CREATE TABLE remittance (
    id                   text PRIMARY KEY,
    tenant_id            text NOT NULL,
    payer_id             text NOT NULL,
    payer_name           text,
    trace_number         text NOT NULL,
    payment_method       text,
    payment_date         date,
    payment_amount_cents bigint NOT NULL,
    status               text NOT NULL,
    problem              text,
    channel              text NOT NULL,
    x12                  text NOT NULL,
    received_at          timestamptz NOT NULL,
    UNIQUE (tenant_id, payer_id, trace_number)
);

-- A claim payment (CLP) posted to a claim. Append-only; a reversal is a new row.
CREATE TABLE claim_payment (
    id                            text PRIMARY KEY,
    tenant_id                     text NOT NULL,
    remittance_id                 text NOT NULL REFERENCES remittance (id),
    claim_id                      text NOT NULL,
    encounter_id                  text NOT NULL,
    patient_control_number        text NOT NULL,
    payer_claim_control_number    text,
    claim_status_code             text NOT NULL,
    charge_cents                  bigint NOT NULL,
    paid_cents                    bigint NOT NULL,
    patient_responsibility_cents  bigint NOT NULL,
    posted_at                     timestamptz NOT NULL
);
CREATE INDEX claim_payment_claim ON claim_payment (tenant_id, claim_id);

-- Every adjustment of a posting, claim level (line_number NULL) or line level.
CREATE TABLE payment_adjustment (
    id                bigserial PRIMARY KEY,
    tenant_id         text NOT NULL,
    claim_payment_id  text NOT NULL REFERENCES claim_payment (id),
    line_number       integer,
    group_code        text NOT NULL,
    carc              text NOT NULL,
    amount_cents      bigint NOT NULL
);

-- Per-line postings.
CREATE TABLE line_payment (
    id                bigserial PRIMARY KEY,
    tenant_id         text NOT NULL,
    claim_payment_id  text NOT NULL REFERENCES claim_payment (id),
    line_number       integer,
    code              text NOT NULL,
    charge_cents      bigint NOT NULL,
    paid_cents        bigint NOT NULL,
    line_control_number text
);

-- Claim payments in a remittance that match no submitted claim, waiting for a poster.
CREATE TABLE unmatched_claim_payment (
    id                        bigserial PRIMARY KEY,
    tenant_id                 text NOT NULL,
    remittance_id             text NOT NULL REFERENCES remittance (id),
    patient_control_number    text NOT NULL,
    claim_status_code         text NOT NULL,
    charge_cents              bigint NOT NULL,
    paid_cents                bigint NOT NULL,
    reason                    text NOT NULL
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['expected_claim', 'remittance', 'claim_payment', 'payment_adjustment', 'line_payment',
                             'unmatched_claim_payment'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

-- Provider-level adjustments (PLB) of a remittance, posted to the provider, not to a claim.
CREATE TABLE provider_adjustment (
    id             bigserial PRIMARY KEY,
    tenant_id      text NOT NULL,
    remittance_id  text NOT NULL REFERENCES remittance (id),
    reason_code    text NOT NULL,
    reference      text,
    amount_cents   bigint NOT NULL
);
ALTER TABLE provider_adjustment ENABLE ROW LEVEL SECURITY;
ALTER TABLE provider_adjustment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON provider_adjustment
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
