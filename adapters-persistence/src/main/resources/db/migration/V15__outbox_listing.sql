-- The merchant's webhook events, newest first with a keyset cursor on (created_at, event_id):
-- GET /v1/webhook-events reads one merchant's rows in this order (filters on type, state and
-- session narrow it further). Housekeeping uses ix_outbox_state_next_attempt (V4) to find finished
-- rows and ux_outbox_session_sequence (V7) to keep each session's newest one.
CREATE INDEX ix_outbox_merchant_created ON outbox (merchant_id, created_at DESC, event_id DESC);
