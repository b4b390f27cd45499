-- What the scrubber found the last time it ran on a claim (JSON list), null when clean.
ALTER TABLE claim ADD COLUMN scrub_findings text;
CREATE INDEX claim_status ON claim (tenant_id, status, created_at);

-- Payer-specific scrubber rules switched on per payer (ids of PayerRule), comma-separated.
ALTER TABLE payer ADD COLUMN rules text NOT NULL DEFAULT '';
