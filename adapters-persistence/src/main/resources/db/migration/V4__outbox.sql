-- Webhooks to deliver, written in the transaction of the session change they report.
CREATE TABLE outbox (
    event_id        VARCHAR(100)             NOT NULL,
    merchant_id     VARCHAR(64)              NOT NULL,
    type            VARCHAR(100)             NOT NULL,
    payload         TEXT                     NOT NULL,
    state           VARCHAR(20)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_outbox PRIMARY KEY (event_id)
);

-- workers: due messages by state, soonest first.
CREATE INDEX ix_outbox_state_next_attempt ON outbox (state, next_attempt_at);
