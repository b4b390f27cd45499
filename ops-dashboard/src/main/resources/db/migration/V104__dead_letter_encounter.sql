-- The encounter a dead letter belongs to (ce_encounterid), so the browser can follow it after a replay.
ALTER TABLE dead_letter ADD COLUMN encounter_id text;
