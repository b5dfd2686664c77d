package dev.hppgateway.bootstrap.api;

import dev.hppgateway.domain.DomainValidationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The optional body of {@code POST /v1/hpp-sessions/{id}/cancel} and {@code .../refund}: a reason
 * the provider may show (at most 255 characters) and, for a refund only, the amount to give back in
 * minor units of the page's currency (none: all that remains refundable) and, optionally, that
 * currency again. The amount must be a JSON whole number: a string, an array or a decimal is a 400
 * naming {@code amount}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(
    name = "RefundOrCancelRequest",
    example = "{\"amount\":500,\"reason\":\"one item returned\"}")
public record RefundOrCancelRequest(
    @Schema(description = "Shown by the provider where it can; at most 255 characters") @Nullable
        String reason,
    @Schema(
            type = "integer",
            format = "int64",
            description =
                "Refund only: minor units of the page's currency, positive, at most what remains"
                    + " refundable (amount minus refunded_amount); absent refunds all that remains",
            example = "500")
        @Nullable
        WholeNumber amount,
    @Schema(
            description = "Refund only, optional: the page's ISO 4217 currency, checked if given",
            example = "SEK")
        @Nullable
        String currency) {
  /**
   * The amount as minor units, null when absent.
   *
   * @throws DomainValidationException ({@code amount}) unless it is a JSON whole number that fits a
   *     long
   */
  public Long minorUnits() {
    return WholeNumber.toLong(amount, "amount");
  }
}
