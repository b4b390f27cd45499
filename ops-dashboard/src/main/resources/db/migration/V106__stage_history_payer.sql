-- The payer a step concerns, when its event names one (a claim's submission, a payer's posting): an
-- encounter with several coverages shows each payer's steps. Null for steps of the whole encounter and
-- for events that name only the claim (adjudicated, rejected). Steps stay unique per event, never per
-- stage, so the secondary payer's CLAIMED, ADJUDICATED and PAID sit beside the primary's.
ALTER TABLE encounter_stage_history ADD COLUMN payer_id text;
ALTER TABLE encounter_stage_history ADD COLUMN coverage_order integer;
