-- Page options become one JSON object (option name -> value, as in the API's options{...}): the
-- core no longer knows the HPP v1 vocabulary, so the table should not either. Existing rows are
-- converted here, then the per-option columns are dropped. Plain SQL that PostgreSQL and H2 (in
-- PostgreSQL mode) both run: REPLACE, ||, CASE and CONCAT_WS (which skips NULLs on both).
-- Text values are JSON-escaped for backslash and double quote; the V2 columns were validated
-- single-line values (titles, URLs, ids, enum names), so no other control characters occur.
-- Defaults are left out, as the API would have them: place_order_mode NONE (KP's default, and
-- the value every KCO and Optty row carried), no images, no categories, hide_subtotal_detail false.
ALTER TABLE hpp_sessions ADD COLUMN page_options TEXT DEFAULT '{}' NOT NULL;

UPDATE hpp_sessions SET page_options = '{' || CONCAT_WS(',',
    CASE WHEN background_images <> '[]' THEN '"background_images":' || background_images END,
    CASE WHEN hide_subtotal_detail THEN '"hide_subtotal_detail":true' END,
    CASE WHEN logo_url IS NOT NULL
      THEN '"logo_url":"' || REPLACE(REPLACE(logo_url, '\', '\\'), '"', '\"') || '"' END,
    CASE WHEN page_title IS NOT NULL
      THEN '"page_title":"' || REPLACE(REPLACE(page_title, '\', '\\'), '"', '\"') || '"' END,
    CASE WHEN payment_method_categories <> '[]'
      THEN '"payment_method_categories":' || payment_method_categories END,
    CASE WHEN payment_method_category IS NOT NULL
      THEN '"payment_method_category":"' || REPLACE(REPLACE(payment_method_category, '\', '\\'), '"', '\"') || '"' END,
    CASE WHEN place_order_mode <> 'NONE'
      THEN '"place_order_mode":"' || REPLACE(REPLACE(place_order_mode, '\', '\\'), '"', '\"') || '"' END,
    CASE WHEN profile_id IS NOT NULL
      THEN '"profile_id":"' || REPLACE(REPLACE(profile_id, '\', '\\'), '"', '\"') || '"' END,
    CASE WHEN purchase_type IS NOT NULL
      THEN '"purchase_type":"' || REPLACE(REPLACE(purchase_type, '\', '\\'), '"', '\"') || '"' END
  ) || '}';

ALTER TABLE hpp_sessions DROP COLUMN place_order_mode;
ALTER TABLE hpp_sessions DROP COLUMN page_title;
ALTER TABLE hpp_sessions DROP COLUMN logo_url;
ALTER TABLE hpp_sessions DROP COLUMN background_images;
ALTER TABLE hpp_sessions DROP COLUMN payment_method_categories;
ALTER TABLE hpp_sessions DROP COLUMN payment_method_category;
ALTER TABLE hpp_sessions DROP COLUMN purchase_type;
ALTER TABLE hpp_sessions DROP COLUMN hide_subtotal_detail;
ALTER TABLE hpp_sessions DROP COLUMN profile_id;

-- The status callback URL is the gateway's own and carries the callback secret; a session never
-- keeps it (only the secret's hash), so this column was never written with a value.
ALTER TABLE hpp_sessions DROP COLUMN status_update_url;
