-- A payer's type (Medicare, Medicaid, commercial, supplemental), whether it receives claims by crossover
-- from the payer before it, and for Medicare billed after another payer the SBR05 reason it pays second.
ALTER TABLE payer ADD COLUMN payer_type text;
ALTER TABLE payer ADD COLUMN receives_crossovers boolean NOT NULL DEFAULT false;
ALTER TABLE payer ADD COLUMN medicare_secondary_type text;
UPDATE payer SET payer_type = CASE claim_filing_indicator WHEN 'MA' THEN 'MEDICARE' WHEN 'MB' THEN 'MEDICARE'
                                                          WHEN 'MC' THEN 'MEDICAID' ELSE 'COMMERCIAL' END;
ALTER TABLE payer ALTER COLUMN payer_type SET NOT NULL;

-- A claim whose payer forwarded it to the next payer (a crossover): the date by which that payer's 835
-- is due. Past it, the next payer is billed directly. Read across practices by the scheduler, as
-- status_watch is.
CREATE TABLE crossover_wait (
    claim_id      text PRIMARY KEY,
    tenant_id     text NOT NULL,
    next_payer_id text NOT NULL,
    due_at        timestamptz NOT NULL
);
CREATE INDEX crossover_wait_due ON crossover_wait (due_at);
