-- Only the owner finishes a claim: the token of the request that claimed an idempotency key (made
-- by the claimer, random). complete and release name it, so a request whose lease lapsed cannot
-- free, or answer for, a key another request took over. Keys claimed before V7 have none: they
-- can only lapse.
ALTER TABLE idempotency_keys ADD COLUMN owner_token VARCHAR(100);

-- The outbox knows each event's session and its number among that session's events (1, 2, 3… in
-- the order the gateway recorded them; also in the payload as "sequence"). A session's events go
-- out one at a time in that order. Rows written before V7 have neither and are not held back.
ALTER TABLE outbox ADD COLUMN session_id VARCHAR(64);
ALTER TABLE outbox ADD COLUMN sequence_no BIGINT;
-- The claim that took the row (a new token per claim): only it marks the row delivered or failed.
ALTER TABLE outbox ADD COLUMN claim_token VARCHAR(100);

-- One number per event of a session (NULLs, the rows from before V7, do not collide); also finds
-- a session's earlier events for a claim and its last number for the next append.
CREATE UNIQUE INDEX ux_outbox_session_sequence ON outbox (session_id, sequence_no);
