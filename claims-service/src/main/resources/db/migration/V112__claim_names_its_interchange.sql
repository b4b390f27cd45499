-- A claim names the interchange it went out in instead of keeping its own copy of the whole file: an
-- N-claim batch stored its X12 N + 1 times. Claims written before this keep the copy they have (the
-- table's row-level security hides them from a migration, so they are not rewritten here) and are read
-- from it; new claims leave claim.x12 empty.
ALTER TABLE claim ADD COLUMN interchange_id text REFERENCES outgoing_interchange (id);
