-- The unmatched queue keeps the whole claim payment, so a poster can match it to a claim by hand
-- later; a matched (or dismissed) item keeps how it was resolved.
ALTER TABLE unmatched_claim_payment ADD COLUMN advice text;
ALTER TABLE unmatched_claim_payment ADD COLUMN resolved_at timestamptz;
ALTER TABLE unmatched_claim_payment ADD COLUMN resolution text;
CREATE INDEX unmatched_open ON unmatched_claim_payment (tenant_id, id) WHERE resolved_at IS NULL;
