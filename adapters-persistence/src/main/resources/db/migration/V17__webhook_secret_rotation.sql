-- A merchant's webhook secret rotates like its API key: while the previous secret is kept, every
-- webhook is signed with both (one v1= each in Hpp-Signature), until it is retired.
ALTER TABLE merchants ADD COLUMN previous_webhook_secret_ref VARCHAR(1024);
