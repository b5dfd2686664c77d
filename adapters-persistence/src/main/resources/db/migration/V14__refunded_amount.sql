-- Partial refunds: what the page's refunds gave back so far (minor units of the page's currency,
-- from 0 to amount_minor) and how many refunds the gateway recorded (the next refund's reference is
-- <page id>-r<refund_count + 1>). A page is REFUNDED once refunded_minor reaches amount_minor;
-- before that it stays COMPLETED.
-- Plain SQL that PostgreSQL and H2 (in PostgreSQL mode) both run.
ALTER TABLE hpp_sessions ADD COLUMN refunded_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE hpp_sessions ADD COLUMN refund_count INTEGER DEFAULT 0 NOT NULL;

-- Pages refunded before this version were refunded in full, by one refund (or the provider's own).
UPDATE hpp_sessions SET refunded_minor = amount_minor, refund_count = 1 WHERE status = 'REFUNDED';
