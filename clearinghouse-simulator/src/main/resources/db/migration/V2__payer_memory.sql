-- What the payer remembers between claims: each member's deductible met in a plan year, and the
-- claims it adjudicated (by payer, member, date and services) to deny an exact duplicate.
CREATE TABLE member_deductible (
    payer_id    text NOT NULL,
    member_id   text NOT NULL,
    plan_year   integer NOT NULL,
    met_cents   bigint NOT NULL CHECK (met_cents >= 0),
    PRIMARY KEY (payer_id, member_id, plan_year)
);

CREATE TABLE adjudicated_claim (
    fingerprint             text PRIMARY KEY,
    patient_control_number  text NOT NULL,
    adjudicated_at          timestamptz NOT NULL DEFAULT now()
);
