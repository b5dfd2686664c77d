-- Klarna Payments' order, placed by the gateway after the shopper paid, is retried when it fails,
-- and the authorization token (a secret that lives 60 minutes) is erased once of no more use.
-- authorization_expires_at: when the token stops being kept (its lifetime at the provider, or the
--   moment the gateway placed the order); once past, the token is erased and never taken again.
-- order_*: the order still to be completed after a failed attempt (NULL order_retry_at: none):
--   retried at order_retry_at, never after order_deadline, then the merchant is told.
-- Plain SQL that PostgreSQL and H2 (in PostgreSQL mode) both run.
ALTER TABLE hpp_sessions ADD COLUMN authorization_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE hpp_sessions ADD COLUMN order_deadline TIMESTAMP WITH TIME ZONE;
ALTER TABLE hpp_sessions ADD COLUMN order_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE hpp_sessions ADD COLUMN order_retry_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE hpp_sessions ADD COLUMN order_last_error VARCHAR(1000);

-- Tokens stored before this version were seen at their page's last update at the latest: Klarna's
-- token lasts 60 minutes from the authorization, so these end an hour after it (the sweep erases
-- them from then on).
UPDATE hpp_sessions SET authorization_expires_at = updated_at + INTERVAL '1' HOUR
  WHERE authorization_token IS NOT NULL;

-- sweep: pending orders due for another attempt, tokens whose lifetime is over.
CREATE INDEX ix_hpp_sessions_order_retry ON hpp_sessions (order_retry_at);
CREATE INDEX ix_hpp_sessions_authorization_expires ON hpp_sessions (authorization_expires_at);
