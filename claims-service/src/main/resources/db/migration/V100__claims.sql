-- Practice setup, per tenant.
CREATE TABLE billing_provider (
    tenant_id      text PRIMARY KEY,
    name           text NOT NULL,
    npi            text NOT NULL,
    tin            text NOT NULL,
    taxonomy       text NOT NULL,
    address_line1  text NOT NULL,
    city           text NOT NULL,
    state          text NOT NULL,
    postal_code    text NOT NULL,
    claim_prefix   text NOT NULL
);

CREATE TABLE rendering_provider (
    tenant_id   text NOT NULL,
    npi         text NOT NULL,
    last_name   text NOT NULL,
    first_name  text NOT NULL,
    taxonomy    text NOT NULL,
    PRIMARY KEY (tenant_id, npi)
);

CREATE TABLE payer (
    tenant_id               text NOT NULL,
    payer_id                text NOT NULL,
    name                    text NOT NULL,
    claim_filing_indicator  text NOT NULL,
    timely_filing_days      integer NOT NULL,
    PRIMARY KEY (tenant_id, payer_id)
);

CREATE TABLE fee_schedule_entry (
    tenant_id       text NOT NULL,
    code            text NOT NULL,
    modifier        text NOT NULL DEFAULT '',
    charge_cents    bigint NOT NULL CHECK (charge_cents >= 0),
    effective_from  date NOT NULL,
    effective_to    date,
    PRIMARY KEY (tenant_id, code, modifier, effective_from)
);

-- Control numbers are handed out once and never again, across restarts.
CREATE TABLE control_number (
    tenant_id   text NOT NULL,
    kind        text NOT NULL,
    scope       text NOT NULL,
    last_value  bigint NOT NULL,
    PRIMARY KEY (tenant_id, kind, scope)
);

CREATE TABLE claim (
    id                          text PRIMARY KEY,
    tenant_id                   text NOT NULL,
    encounter_id                text NOT NULL,
    patient_control_number      text NOT NULL,
    payer_id                    text NOT NULL,
    status                      text NOT NULL,
    frequency_code              text NOT NULL,
    date_of_service             date NOT NULL,
    total_charge_cents          bigint NOT NULL,
    encounter                   text NOT NULL,
    interchange_control_number  text,
    x12                         text,
    created_at                  timestamptz NOT NULL,
    submitted_at                timestamptz,
    UNIQUE (tenant_id, patient_control_number)
);
CREATE INDEX claim_encounter ON claim (tenant_id, encounter_id);

CREATE TABLE claim_line (
    id                   text PRIMARY KEY,
    claim_id             text NOT NULL REFERENCES claim (id),
    tenant_id            text NOT NULL,
    line_number          integer NOT NULL,
    code                 text NOT NULL,
    modifiers            text NOT NULL,
    units                integer NOT NULL,
    diagnosis_pointers   text NOT NULL,
    charge_cents         bigint NOT NULL,
    line_control_number  text NOT NULL
);

CREATE TABLE claim_status_history (
    id         bigserial PRIMARY KEY,
    claim_id   text NOT NULL REFERENCES claim (id),
    tenant_id  text NOT NULL,
    status     text NOT NULL,
    detail     text,
    at         timestamptz NOT NULL
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['billing_provider', 'rendering_provider', 'payer', 'fee_schedule_entry', 'control_number', 'claim',
                             'claim_line', 'claim_status_history'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;
