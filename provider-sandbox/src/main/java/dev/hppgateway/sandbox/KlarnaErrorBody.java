package dev.hppgateway.sandbox;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * The error shape of Klarna's and Kustom's APIs: {@code {error_code, error_messages[],
 * correlation_id}}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record KlarnaErrorBody(String errorCode, List<String> errorMessages, String correlationId) {}
