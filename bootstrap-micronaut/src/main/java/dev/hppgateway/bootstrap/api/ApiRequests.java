package dev.hppgateway.bootstrap.api;

import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.http.HttpRequest;

/** What every merchant API controller reads from a request the same way. */
final class ApiRequests {
  private ApiRequests() {}

  /** The merchant {@link MerchantAuthFilter} authenticated for this request. */
  static MerchantId merchant(HttpRequest<?> request) {
    return MerchantId.of(
        request
            .getAttribute(MerchantAuthFilter.MERCHANT_ID, String.class)
            .orElseThrow(() -> new IllegalStateException("no authenticated merchant")));
  }

  /**
   * A list's {@code limit} query parameter: {@code defaultLimit} when absent, else a whole number
   * from 1 to {@code max} or a field error on {@code limit}.
   */
  static int limit(String value, int defaultLimit, int max) {
    if (value == null) {
      return defaultLimit;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= max) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new DomainValidationException("limit", "must be a whole number from 1 to " + max);
  }
}
