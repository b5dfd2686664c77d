-- Provider callbacks already handled; the primary key dedupes retries.
CREATE TABLE provider_events (
    provider_id VARCHAR(40)              NOT NULL,
    event_id    VARCHAR(255)             NOT NULL,
    handled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_provider_events PRIMARY KEY (provider_id, event_id)
);
