package dev.hppgateway.adapter.kustomkco;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * The part of the create-order answer the gateway needs (the HTML snippet is not used with HPP).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record KcoOrderAnswer(String orderId, String status) {}
