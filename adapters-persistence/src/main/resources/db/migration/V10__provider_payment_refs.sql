-- The provider's references of the payments a page produced (an Optty link's orders, named by
-- webhooks), oldest first, as one JSON array of strings: reads ask the provider for those
-- payments. Existing pages know none. Plain SQL that PostgreSQL and H2 (PostgreSQL mode) both run.
ALTER TABLE hpp_sessions ADD COLUMN provider_payment_refs TEXT DEFAULT '[]' NOT NULL;
