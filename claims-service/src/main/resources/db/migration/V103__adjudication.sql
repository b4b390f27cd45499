-- What the payer decided: its claim number (CLP07, needed for REF*F8 on a replacement or void),
-- a denial's reasons, the appeal opened against it, and the deadlines a biller must meet.
ALTER TABLE claim ADD COLUMN payer_claim_control_number text;
ALTER TABLE claim ADD COLUMN replaces_claim_id text REFERENCES claim (id);
ALTER TABLE claim ADD COLUMN denial text;
ALTER TABLE claim ADD COLUMN timely_filing_deadline date;
ALTER TABLE claim ADD COLUMN appeal_deadline date;
CREATE INDEX claim_replaces ON claim (tenant_id, replaces_claim_id);

-- Days a payer gives to appeal a denial, counted from the remittance that denied it.
ALTER TABLE payer ADD COLUMN appeal_days integer NOT NULL DEFAULT 180 CHECK (appeal_days > 0);
