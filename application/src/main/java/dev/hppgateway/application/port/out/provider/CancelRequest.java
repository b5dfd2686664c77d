package dev.hppgateway.application.port.out.provider;

import java.util.Objects;

/**
 * Cancel an unpaid page's payment.
 *
 * @param reference stable for the page, so a retried cancel is the same request
 * @param reason optional text the provider may show; null when none
 */
public record CancelRequest(String reference, String reason) {
  public CancelRequest {
    Objects.requireNonNull(reference, "reference");
  }
}
