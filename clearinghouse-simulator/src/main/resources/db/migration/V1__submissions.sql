-- Every 837P interchange taken, and the 835 it will be (or was) answered with. Kept on disk so a
-- restart of the simulator neither loses nor repeats a remittance.
CREATE TABLE submission (
    id               text PRIMARY KEY,
    received_at      timestamptz NOT NULL,
    interchange      text NOT NULL,
    remittance       text,
    deliver_after    timestamptz NOT NULL,
    delivered_at     timestamptz,
    attempts         integer NOT NULL DEFAULT 0,
    last_error       text
);
CREATE INDEX submission_pending ON submission (deliver_after) WHERE delivered_at IS NULL;

-- Trace numbers (TRN02) are never reused.
CREATE SEQUENCE remittance_trace START 1;
