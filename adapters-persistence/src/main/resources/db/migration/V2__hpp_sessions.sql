-- One row per hosted payment page: every field of the HppSession aggregate. Lists (order lines,
-- background images, payment method categories) are JSON in TEXT columns: no jsonb or arrays, so
-- the same script runs on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE hpp_sessions (
    id                        VARCHAR(64)              NOT NULL,
    merchant_id               VARCHAR(64)              NOT NULL,
    provider_id               VARCHAR(40)              NOT NULL,
    merchant_reference        VARCHAR(255)             NOT NULL,

    amount_minor              BIGINT                   NOT NULL,
    currency                  VARCHAR(3)               NOT NULL,
    tax_amount_minor          BIGINT                   NOT NULL,
    order_lines               TEXT                     NOT NULL,
    purchase_country          VARCHAR(2)               NOT NULL,
    locale                    VARCHAR(16)              NOT NULL,

    success_url               VARCHAR(2000),
    cancel_url                VARCHAR(2000),
    back_url                  VARCHAR(2000),
    failure_url               VARCHAR(2000),
    error_url                 VARCHAR(2000),
    status_update_url         VARCHAR(2000),

    place_order_mode          VARCHAR(20)              NOT NULL,
    page_title                VARCHAR(255),
    logo_url                  VARCHAR(2000),
    background_images         TEXT                     NOT NULL,
    payment_method_categories TEXT                     NOT NULL,
    payment_method_category   VARCHAR(40),
    purchase_type             VARCHAR(20),
    hide_subtotal_detail      BOOLEAN                  NOT NULL,
    profile_id                VARCHAR(255),

    shopper_email             VARCHAR(254),
    shopper_phone             VARCHAR(32),
    shopper_phone_country     VARCHAR(2),

    status                    VARCHAR(20)              NOT NULL,
    raw_status                VARCHAR(255)             NOT NULL,
    provider_session_id       VARCHAR(255)             NOT NULL,
    payment_ref               VARCHAR(255)             NOT NULL,
    redirect_url              VARCHAR(4096)            NOT NULL,
    qr_code_url               VARCHAR(4096),
    distribution_url          VARCHAR(4096),
    expires_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    authorization_token       VARCHAR(4096),
    order_id                  VARCHAR(255),
    callback_secret_hash      VARCHAR(255),

    version                   BIGINT                   NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_hpp_sessions PRIMARY KEY (id)
);

-- list: one merchant's sessions newest first, keyset paging on (created_at, id).
CREATE INDEX ix_hpp_sessions_merchant_created ON hpp_sessions (merchant_id, created_at, id);
-- list filtered by merchant_reference.
CREATE INDEX ix_hpp_sessions_merchant_reference ON hpp_sessions (merchant_id, merchant_reference);
-- sweeper: live sessions past their expiry.
CREATE INDEX ix_hpp_sessions_status_expires ON hpp_sessions (status, expires_at);
-- reconciler: live sessions without news for a while.
CREATE INDEX ix_hpp_sessions_status_updated ON hpp_sessions (status, updated_at);
-- callbacks: by the provider's ids.
CREATE INDEX ix_hpp_sessions_provider_session ON hpp_sessions (provider_id, provider_session_id);
CREATE INDEX ix_hpp_sessions_payment_ref ON hpp_sessions (provider_id, payment_ref);
