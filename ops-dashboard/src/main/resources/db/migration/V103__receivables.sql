-- Insurance A/R: each claim in a payer's hands, from its submission until the payer decides it (835)
-- or the clearinghouse rejects it. Events of one claim come on different topics in any order: the
-- latest by event time sets its state (a claim corrected and sent again is open again).
CREATE TABLE insurance_receivable (
    tenant_id     text NOT NULL,
    claim_id      text NOT NULL,
    encounter_id  text NOT NULL,
    payer_id      text,
    charge_cents  bigint NOT NULL,
    submitted_at  timestamptz,
    open          boolean NOT NULL,
    state_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, claim_id)
);
CREATE INDEX insurance_receivable_open ON insurance_receivable (tenant_id, open, submitted_at);

-- Patient A/R: what the patient owes on each claim from its posting on; the patient's payments take
-- the oldest first, as patient-billing applies them; a settled encounter owes nothing.
CREATE TABLE patient_receivable (
    tenant_id     text NOT NULL,
    claim_id      text NOT NULL,
    encounter_id  text NOT NULL,
    patient_id    text NOT NULL,
    owed_cents    bigint NOT NULL,
    paid_cents    bigint NOT NULL DEFAULT 0,
    opened_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, claim_id)
);
CREATE INDEX patient_receivable_patient ON patient_receivable (tenant_id, patient_id, opened_at);
CREATE INDEX patient_receivable_encounter ON patient_receivable (tenant_id, encounter_id);

-- Every rejection the clearinghouse sent back (999 or 277CA), with its reasons.
CREATE TABLE claim_rejection (
    event_id                text PRIMARY KEY,
    tenant_id               text NOT NULL,
    claim_id                text NOT NULL,
    encounter_id            text NOT NULL,
    patient_control_number  text,
    acknowledgement         text,
    reasons                 text NOT NULL,
    rejected_at             timestamptz NOT NULL
);
CREATE INDEX claim_rejection_recent ON claim_rejection (tenant_id, rejected_at);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['insurance_receivable', 'patient_receivable', 'claim_rejection'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I '
                       'USING (tenant_id = current_setting(''app.tenant_id'', true) '
                       '       OR current_setting(''app.tenant_id'', true) = ''*'') '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;
