-- V106 lifted FORCE on claim for one backfill and set it again in the same script; a database whose
-- V106 stopped between the two would keep the table open to its owner. This states the end state
-- once more. No migration after this one lifts FORCE: a backfill that must reach every practice's
-- rows runs once per practice with app.tenant_id set, or as a superuser by hand.
ALTER TABLE claim FORCE ROW LEVEL SECURITY;
