package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.DistributionMethod;
import dev.hppgateway.domain.Shopper;
import java.util.Objects;

/** Send the page's link by {@code method} to the shopper's contact. */
public record DistributionRequest(DistributionMethod method, Shopper contact) {
  public DistributionRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(contact, "contact");
  }
}
