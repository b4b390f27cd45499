-- Two more kinds of entry: an insurance reversal (the payer took back a payment, so what it had left
-- to the patient comes off), and an adjustment a practice grants (hardship, small-balance write-off),
-- which names who approved it.
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_kind_check;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_check
    CHECK (kind IN ('PATIENT_RESPONSIBILITY', 'PATIENT_PAYMENT', 'INSURANCE_REVERSAL', 'HARDSHIP', 'SMALL_BALANCE'));
ALTER TABLE ledger_entry ADD COLUMN approved_by text;
CREATE UNIQUE INDEX ledger_entry_one_reversal_per_claim_payment ON ledger_entry (tenant_id, claim_id, remittance_id)
    WHERE kind = 'INSURANCE_REVERSAL';
