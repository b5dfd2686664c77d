package dev.hppgateway.adapter.providerhttp;

import dev.hppgateway.application.port.out.provider.ProviderException;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.ProviderId;
import java.util.List;

/**
 * The one status mapping for all providers: a non-2xx answer's status alone decides the exception
 * kind (5xx, 429, 408 → unavailable with the answer's Retry-After; other 4xx → rejected with the
 * body's code and messages; anything else → malformed); the error body only adds details.
 */
final class ProviderStatusMapping {
  private ProviderStatusMapping() {}

  /**
   * The exception {@code answer} (not 2xx) stands for.
   *
   * @param error what the provider's error reader found in the body, or null
   */
  static ProviderException failure(
      ProviderId provider,
      String operation,
      ProviderHttpAnswer answer,
      ProviderErrorReader.ErrorBody error) {
    String code = error == null ? null : error.code();
    String correlationId =
        error != null && error.correlationId() != null
            ? error.correlationId()
            : answer.correlationId();
    int status = answer.status();
    if (status >= 500 || status == 429 || status == 408) {
      return new ProviderUnavailableException(
          provider,
          operation + ": " + unavailableReason(status) + (code == null ? "" : " " + code),
          correlationId,
          answer.retryAfter(),
          null);
    }
    if (status >= 400) {
      return new ProviderRejectedException(
          provider, status, code, error == null ? List.of() : error.messages(), correlationId);
    }
    return new ProviderMalformedAnswerException(
        provider, operation + ": unexpected HTTP " + status, correlationId, null);
  }

  private static String unavailableReason(int status) {
    if (status == 429) {
      return "rate limited (HTTP 429)";
    }
    if (status == 408) {
      return "request timed out at the provider (HTTP 408)";
    }
    return "provider error HTTP " + status;
  }
}
