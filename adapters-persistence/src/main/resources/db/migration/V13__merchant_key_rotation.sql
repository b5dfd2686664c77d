-- API key rotation: a merchant has a current key and, until the operator retires it, the previous
-- one; both authenticate. Every key hash, whichever slot and merchant, is unique (the primary key),
-- so no presented key can match two merchants. A merchant has at most one key per slot.
CREATE TABLE merchant_api_keys (
    key_hash    VARCHAR(255) NOT NULL,
    merchant_id VARCHAR(64)  NOT NULL,
    slot        VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_merchant_api_keys PRIMARY KEY (key_hash),
    CONSTRAINT uq_merchant_api_keys_slot UNIQUE (merchant_id, slot),
    CONSTRAINT ck_merchant_api_keys_slot CHECK (slot IN ('CURRENT', 'PREVIOUS')),
    CONSTRAINT fk_merchant_api_keys_merchant FOREIGN KEY (merchant_id)
        REFERENCES merchants (id) ON DELETE CASCADE
);

-- Each merchant's one key so far becomes its current key.
INSERT INTO merchant_api_keys (key_hash, merchant_id, slot)
SELECT api_key_hash, id, 'CURRENT' FROM merchants;

ALTER TABLE merchants DROP CONSTRAINT uq_merchants_api_key_hash;
ALTER TABLE merchants DROP COLUMN api_key_hash;
