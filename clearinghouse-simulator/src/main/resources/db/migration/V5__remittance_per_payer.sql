-- Each payer answers a submission with an 835 of its own, delivered on its own, and a claim a primary
-- payer forwarded to a supplemental payer (a crossover) is answered by that payer's 835 as well, only
-- after the primary's went out. So the 835s owed get a table of their own, and a claim's state at the
-- payer is kept per payer: the primary and the supplemental payer each decide the same claim once.
CREATE TABLE remittance (
    id                text PRIMARY KEY,
    seq               bigint GENERATED ALWAYS AS IDENTITY,
    submission_id     text NOT NULL REFERENCES submission (id),
    payer_id          text,  -- null for 835s written before V5, which held every payer of their submission
    interchange       text NOT NULL,
    deliver_after     timestamptz NOT NULL,
    delivered_at      timestamptz,
    attempts          integer NOT NULL DEFAULT 0,
    last_error        text,
    after_remittance  text REFERENCES remittance (id)  -- delivered only once this one was
);
CREATE INDEX remittance_pending ON remittance (deliver_after) WHERE delivered_at IS NULL;
CREATE INDEX remittance_of_submission ON remittance (submission_id);

INSERT INTO remittance (id, submission_id, interchange, deliver_after, delivered_at, attempts, last_error)
SELECT id, id, remittance, deliver_after, delivered_at, attempts, last_error
  FROM submission WHERE remittance IS NOT NULL ORDER BY received_at;

ALTER TABLE claim_state ADD COLUMN remittance_id text REFERENCES remittance (id);
UPDATE claim_state SET remittance_id = submission_id
 WHERE state = 'DECIDED' AND EXISTS (SELECT 1 FROM remittance r WHERE r.id = claim_state.submission_id);
ALTER TABLE claim_state DROP CONSTRAINT claim_state_pkey;
ALTER TABLE claim_state ADD PRIMARY KEY (patient_control_number, payer_id);

ALTER TABLE submission DROP COLUMN remittance, DROP COLUMN deliver_after, DROP COLUMN delivered_at,
    DROP COLUMN attempts, DROP COLUMN last_error;
