-- The payer's remark codes (RARCs, LQ*HE) of each paid line, kept with the line.
ALTER TABLE line_payment ADD COLUMN remark_codes text NOT NULL DEFAULT '';
