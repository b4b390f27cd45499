-- Claims that passed the scrubber and wait for the next 837P batch to the clearinghouse. Ids only, no
-- patient data, and no row-level security (like the outbox): the batch sender finds each practice
-- with waiting claims here, then reads those claims as that practice.
CREATE TABLE submission_queue (
    claim_id   text PRIMARY KEY REFERENCES claim (id),
    tenant_id  text NOT NULL,
    queued_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX submission_queue_tenant ON submission_queue (tenant_id, queued_at);

-- The event a claim was built from, so the events of a batch sent later still carry its trace.
ALTER TABLE claim ADD COLUMN correlation_id text;
ALTER TABLE claim ADD COLUMN causation_id text;
