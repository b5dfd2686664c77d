package dev.hppgateway.bootstrap.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The optional body of {@code POST /v1/hpp-sessions/{id}/cancel} and {@code .../refund}: a reason
 * the provider may show (at most 255 characters). A refund is always of the full amount.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(name = "RefundOrCancelRequest", example = "{\"reason\":\"out of stock\"}")
public record RefundOrCancelRequest(@Nullable String reason) {}
