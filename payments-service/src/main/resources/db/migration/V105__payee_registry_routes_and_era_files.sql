-- Payee routes come only from the claims service's registry of billing NPIs (ADR 23), each with the
-- version of its ownership, so a move read before an older registration is not undone by it. Routes
-- learned first-come from submitted claims are not trusted: they are dropped here and come back from
-- the registry's events (the claims service registers each practice's billing NPI at start).
ALTER TABLE payee_route ADD COLUMN version bigint NOT NULL DEFAULT 0;
DELETE FROM payee_route;

-- A clearinghouse 835 whose payee NPI no practice owns (or that names none, or several): kept whole
-- for the billing company's ops, who give the NPI to a practice and route it, instead of refusing it.
-- No practice is known yet, so no tenant and no row-level security; only role ops reads it.
CREATE TABLE unroutable_remittance (
    id              text PRIMARY KEY,
    payee_npis      text NOT NULL,
    reason          text NOT NULL,
    channel         text NOT NULL,
    x12             text NOT NULL,
    -- The same file delivered again is the same queue item.
    content_sha256  text NOT NULL UNIQUE,
    received_at     timestamptz NOT NULL,
    routed_at       timestamptz,
    routed_to       text
);
CREATE INDEX unroutable_open ON unroutable_remittance (received_at) WHERE routed_at IS NULL;

-- An 835 file as received, kept once however many payments (ST/SE transactions) it carries; each
-- remittance points at its file. Remittances written before this keep their own copy in x12 (the
-- owner role running this cannot see every practice's rows to move them), new ones leave it empty.
CREATE TABLE era_file (
    id           text PRIMARY KEY,
    tenant_id    text NOT NULL,
    x12          text NOT NULL,
    received_at  timestamptz NOT NULL
);
ALTER TABLE era_file ENABLE ROW LEVEL SECURITY;
ALTER TABLE era_file FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON era_file
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE remittance ADD COLUMN era_file_id text REFERENCES era_file (id);
ALTER TABLE remittance ALTER COLUMN x12 DROP NOT NULL;
ALTER TABLE remittance ADD CONSTRAINT remittance_has_its_file CHECK (x12 IS NOT NULL OR era_file_id IS NOT NULL);
CREATE INDEX remittance_era_file ON remittance (era_file_id);
