-- Which sweep holds a page, and until when: sweeps on several instances claim a page before they
-- handle it (an UPDATE that takes it only while no claim holds it past now), so one page is never
-- handled by two at once. Not part of the page's entity: saving a page leaves its claim as it is
-- and its version is not bumped by a claim. NULL: no sweep holds the page. A claim whose time has
-- passed (its instance died mid-sweep) is free to take.
-- Plain SQL that PostgreSQL and H2 (in PostgreSQL mode) both run.
ALTER TABLE hpp_sessions ADD COLUMN sweep_owner VARCHAR(100);
ALTER TABLE hpp_sessions ADD COLUMN sweep_claimed_until TIMESTAMP WITH TIME ZONE;
