package dev.hppgateway.bootstrap.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem ({@code application/problem+json}): never a stack trace, class name or
 * secret. {@code errors} names the fields a validation problem is about; {@code correlationId} is a
 * provider's, on a provider failure.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(name = "Problem", description = "An RFC 9457 problem (application/problem+json)")
public record Problem(
    String type,
    String title,
    int status,
    @Nullable String detail,
    @Nullable List<FieldError> errors,
    @Nullable String correlationId) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field: its snake_case path (e.g. {@code order_lines[0].total_amount}). */
  @Serdeable
  @Schema(name = "FieldError")
  public record FieldError(String field, String message) {}
}
