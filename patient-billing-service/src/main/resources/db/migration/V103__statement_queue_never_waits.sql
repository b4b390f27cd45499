-- Queuing a guarantor for a statement must never wait. A claim posting or a guarantor change queues
-- one while it holds a patient account; with one row per guarantor, its insert waited for a statement
-- batch that had taken that row and was itself waiting for the same account: a deadlock. Each request
-- now adds a row of its own, and the batch takes every row of the guarantor at once.
ALTER TABLE statement_queue DROP CONSTRAINT statement_queue_pkey;
ALTER TABLE statement_queue ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
CREATE INDEX statement_queue_by_guarantor ON statement_queue (tenant_id, guarantor_key, queued_at);
