package dev.hppgateway.adapter.klarnakp;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The part of the KP create-session answer the gateway needs (the client token is not kept). */
@Serdeable(naming = SnakeCaseStrategy.class)
record KpSessionAnswer(String sessionId) {}
