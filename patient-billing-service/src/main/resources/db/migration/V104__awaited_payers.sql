-- A claim payment that leaves the patient a share while another of the patient's payers still decides
-- is not billed at once: it waits for that payer, until a deadline after which the share is billed
-- anyway. A later payer's decision on a share already billed then changes it by one more entry.
CREATE TABLE awaited_payer (
    id             text PRIMARY KEY,
    tenant_id      text NOT NULL,
    account_id     text NOT NULL REFERENCES patient_account (id),
    encounter_id   text NOT NULL,
    claim_id       text NOT NULL,
    remittance_id  text NOT NULL,
    next_payer_id  text NOT NULL,
    owed_cents     bigint NOT NULL,
    due_on         date NOT NULL,
    -- When the share was billed because the next payer had not answered by due_on.
    billed_at      timestamptz,
    -- When the next payer's decision arrived.
    resolved_at    timestamptz,
    UNIQUE (tenant_id, claim_id, remittance_id)
);
CREATE INDEX awaited_payer_open ON awaited_payer (tenant_id, due_on) WHERE billed_at IS NULL AND resolved_at IS NULL;
CREATE INDEX awaited_payer_encounter ON awaited_payer (tenant_id, encounter_id);
ALTER TABLE awaited_payer ENABLE ROW LEVEL SECURITY;
ALTER TABLE awaited_payer FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON awaited_payer USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_kind_check;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_check
    CHECK (kind IN ('PATIENT_RESPONSIBILITY', 'PATIENT_PAYMENT', 'INSURANCE_REVERSAL', 'HARDSHIP', 'SMALL_BALANCE',
                    'REFUND', 'LATER_PAYER_ADJUSTMENT'));
CREATE UNIQUE INDEX ledger_entry_one_later_payer_adjustment ON ledger_entry (tenant_id, claim_id, remittance_id)
    WHERE kind = 'LATER_PAYER_ADJUSTMENT';
