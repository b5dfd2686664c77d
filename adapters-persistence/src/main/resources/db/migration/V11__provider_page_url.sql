-- The page's API URL as the provider answered it (the HPP create answer's session_url): reads and
-- disables use it instead of a rebuilt path, as the provider asks. NULL for pages created before
-- it was kept and for providers that answer none; those fall back to the documented path.
ALTER TABLE hpp_sessions ADD COLUMN provider_page_url VARCHAR(4096);
