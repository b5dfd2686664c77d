-- Idempotency-Key per merchant: the primary key makes a claim atomic (one insert wins).
CREATE TABLE idempotency_keys (
    merchant_id     VARCHAR(64)              NOT NULL,
    idempotency_key VARCHAR(255)             NOT NULL,
    request_hash    VARCHAR(255)             NOT NULL,
    state           VARCHAR(20)              NOT NULL,
    session_id      VARCHAR(64),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_keys PRIMARY KEY (merchant_id, idempotency_key)
);

-- housekeeping: delete expired keys.
CREATE INDEX ix_idempotency_keys_expires ON idempotency_keys (expires_at);
