package dev.hppgateway.adapter.hppv1;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** Klarna's and Kustom's error answer: {@code {error_code, error_messages[], correlation_id}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
record KlarnaErrorBody(String errorCode, List<String> errorMessages, String correlationId) {}
