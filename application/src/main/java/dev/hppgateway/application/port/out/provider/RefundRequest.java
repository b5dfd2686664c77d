package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.Money;
import java.util.Objects;

/**
 * Refund {@code amount} of a paid page: all that remained refundable, or part of it.
 *
 * @param amount positive, in the page's currency, never more than remains refundable
 * @param reference {@code <page id>-r<n>}: the same for a retry of a refund the gateway has not
 *     recorded (so the provider can tell a retry from a second refund), new for each next refund
 * @param reason optional text the provider may show; null when none
 */
public record RefundRequest(Money amount, String reference, String reason) {
  public RefundRequest {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reference, "reference");
  }
}
