-- The clearinghouse's 999 and 277CA answer a whole interchange: they are kept once, beside it, not
-- copied onto each of its claims. Claims sent before this keep the copies they have.
ALTER TABLE outgoing_interchange ADD COLUMN ack_999 text;
ALTER TABLE outgoing_interchange ADD COLUMN ack_277ca text;
