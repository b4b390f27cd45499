-- Which of the encounter's payers a claim goes to, and who decides after it: a payment by a payer
-- that is not the last leaves the patient's share open until the next payer has decided.
ALTER TABLE expected_claim ADD COLUMN coverage_order int NOT NULL DEFAULT 1;
ALTER TABLE expected_claim ADD COLUMN next_payer_id text;
