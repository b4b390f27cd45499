-- The clearinghouse's answers to the claim's last submission, kept as received.
ALTER TABLE claim ADD COLUMN ack_999 text;
ALTER TABLE claim ADD COLUMN ack_277ca text;
