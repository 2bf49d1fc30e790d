-- Delivery bookkeeping for the outbox: how often a message was tried, and
-- until when one server has claimed it, so several servers never send twice.
ALTER TABLE outbox ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN claimed_until TIMESTAMPTZ;
