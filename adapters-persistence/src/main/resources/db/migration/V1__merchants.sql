-- The gateway's merchants. Only hashes of API keys and callback secrets are stored; the webhook
-- signing secret is a reference (or a sealed value), never the plain secret.
CREATE TABLE merchants (
    id                   VARCHAR(64)   NOT NULL,
    name                 VARCHAR(255)  NOT NULL,
    api_key_hash         VARCHAR(255)  NOT NULL,
    webhook_url          VARCHAR(2000),
    webhook_secret_ref   VARCHAR(1024),
    callback_secret_hash VARCHAR(255),
    CONSTRAINT pk_merchants PRIMARY KEY (id),
    CONSTRAINT uq_merchants_api_key_hash UNIQUE (api_key_hash)
);
