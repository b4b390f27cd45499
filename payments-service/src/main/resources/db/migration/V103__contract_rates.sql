-- What each payer contracted to allow per procedure code, per practice: what an underpayment is
-- measured against. A claim payment keeps how much it fell short.
CREATE TABLE contract_rate (
    tenant_id      text NOT NULL,
    payer_id       text NOT NULL,
    code           text NOT NULL,
    allowed_cents  bigint NOT NULL CHECK (allowed_cents >= 0),
    PRIMARY KEY (tenant_id, payer_id, code)
);
ALTER TABLE contract_rate ENABLE ROW LEVEL SECURITY;
ALTER TABLE contract_rate FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON contract_rate
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE claim_payment ADD COLUMN underpaid_cents bigint NOT NULL DEFAULT 0;
