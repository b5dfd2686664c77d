-- The sweep's persisted backoff per page: a page it could not settle (its provider could not be
-- read, or cannot turn the page off while an order is in progress) is not looked at again before
-- next_check_at, and goes behind the rest of the queue, so it never starves a sweep batch.
-- check_attempts counts the checks put off since the page last changed status.
ALTER TABLE hpp_sessions ADD COLUMN next_check_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE hpp_sessions ADD COLUMN check_attempts INTEGER DEFAULT 0 NOT NULL;
