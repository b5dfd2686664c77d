package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.Money;
import java.util.Objects;

/**
 * Refund {@code amount} of a paid page.
 *
 * @param reference stable for the page, so the provider can tell a retry from a second refund
 * @param reason optional text the provider may show; null when none
 */
public record RefundRequest(Money amount, String reference, String reason) {
  public RefundRequest {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reference, "reference");
  }
}
