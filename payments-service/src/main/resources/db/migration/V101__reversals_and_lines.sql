-- A reversal (CLP02 = 22) points at the posting it takes back; a posting is reversed at most once.
ALTER TABLE claim_payment ADD COLUMN reverses_claim_payment_id text REFERENCES claim_payment (id);
CREATE UNIQUE INDEX claim_payment_reversed_once ON claim_payment (reverses_claim_payment_id)
    WHERE reverses_claim_payment_id IS NOT NULL;
