package dev.hppgateway.adapter.klarnakp;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** {@code POST /payments/v1/authorizations/{token}/order} answer. */
@Serdeable(naming = SnakeCaseStrategy.class)
record KpOrderAnswer(String orderId, String redirectUrl, String fraudStatus) {}
