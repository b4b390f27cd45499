-- An encounter with several coverages has a claim per payer: the secondary's claim is built once the
-- primary's decision is posted, and carries that decision (2320/2430 loops) to the next payer.
ALTER TABLE claim ADD COLUMN coverage_order int NOT NULL DEFAULT 1;
-- The claim of the payer before this one, null for the primary's claim.
ALTER TABLE claim ADD COLUMN prior_claim_id text;
-- What this claim's payer decided (JSON: paid, claim-level and line-level adjustments, decision date),
-- as the next payer's claim reports it.
ALTER TABLE claim ADD COLUMN payer_decision text;
CREATE UNIQUE INDEX claim_next_payer_once ON claim (tenant_id, prior_claim_id) WHERE prior_claim_id IS NOT NULL;
