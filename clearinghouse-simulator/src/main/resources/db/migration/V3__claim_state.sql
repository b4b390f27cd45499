-- What the payer knows of each claim it was sent, so it can answer a 276 claim status inquiry:
-- rejected at the front end, held (no decision yet), or decided (paid or denied) in a submission
-- whose 835 goes out once that submission is delivered.
CREATE TABLE claim_state (
    patient_control_number  text PRIMARY KEY,
    payer_id                text NOT NULL,
    submission_id           text NOT NULL,
    state                   text NOT NULL CHECK (state IN ('REJECTED', 'HELD', 'DECIDED')),
    status_code             text,
    charge_cents            bigint NOT NULL,
    paid_cents              bigint NOT NULL DEFAULT 0,
    denied                  boolean NOT NULL DEFAULT false,
    recorded_at             timestamptz NOT NULL DEFAULT now()
);
