-- Every denial a payer sent (billing.claim.denied.v1), for denials by CARC and by payer.
CREATE TABLE denial (
    event_id      text PRIMARY KEY,
    tenant_id     text NOT NULL,
    claim_id      text NOT NULL,
    encounter_id  text NOT NULL,
    payer_id      text NOT NULL,
    -- The reason that carried most of the charge, as group-CARC (CO-96); every one in carcs.
    main_reason   text NOT NULL,
    carcs         text NOT NULL,
    charge_cents  bigint NOT NULL,
    denied_at     timestamptz NOT NULL
);
CREATE INDEX denial_recent ON denial (tenant_id, denied_at);

ALTER TABLE denial ENABLE ROW LEVEL SECURITY;
ALTER TABLE denial FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON denial
    USING (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.tenant_id', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
