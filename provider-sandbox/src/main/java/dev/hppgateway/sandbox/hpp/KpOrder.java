package dev.hppgateway.sandbox.hpp;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The answer to placing a KP order: {@code {order_id, redirect_url, fraud_status}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
record KpOrder(String orderId, String redirectUrl, String fraudStatus) {}
