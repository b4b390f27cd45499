-- How an 835 strayed from the implementation guide without being refused: kept with each payment of
-- the file, for the biller (GET /v1/remittances/{id}) and counted per payer for ops.
CREATE TABLE remittance_warning (
    id                bigserial PRIMARY KEY,
    tenant_id         text NOT NULL,
    remittance_id     text NOT NULL REFERENCES remittance (id),
    segment           text NOT NULL,
    segment_position  integer NOT NULL,
    element           integer,
    deviation         text NOT NULL,
    expected          text NOT NULL,
    value             text
);
CREATE INDEX remittance_warning_remittance ON remittance_warning (remittance_id);
ALTER TABLE remittance_warning ENABLE ROW LEVEL SECURITY;
ALTER TABLE remittance_warning FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON remittance_warning
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
