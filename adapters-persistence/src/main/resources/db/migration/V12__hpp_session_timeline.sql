-- Every page's timeline: its creation and each change (the events its merchant's webhooks report),
-- with where the change came from (API, CALLBACK, READ, SWEEP) and the provider's raw status at
-- that moment. Written in the transaction that saves the page's change; never updated or deleted.
-- No foreign key to hpp_sessions, like the outbox: the session and its entries are written
-- together, and the entries are read only through a page the merchant owns.
CREATE TABLE hpp_session_timeline (
    session_id      VARCHAR(64)              NOT NULL,
    sequence_no     BIGINT                   NOT NULL,
    merchant_id     VARCHAR(64)              NOT NULL,
    type            VARCHAR(100)             NOT NULL,
    previous_status VARCHAR(20),
    status          VARCHAR(20)              NOT NULL,
    provider_status VARCHAR(255),
    source          VARCHAR(20)              NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- One number per event of a page (1, 2, 3…); also lists a page's entries in order and finds
    -- its last number for the next append.
    CONSTRAINT pk_hpp_session_timeline PRIMARY KEY (session_id, sequence_no)
);
