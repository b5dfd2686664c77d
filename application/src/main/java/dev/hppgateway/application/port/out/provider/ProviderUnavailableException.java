package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.ProviderId;
import java.time.Duration;

/**
 * The provider could not answer: 5xx, 429, a timeout or a refused connection. Reads may be retried;
 * a create is not retried blindly (the provider may have created the page).
 */
public final class ProviderUnavailableException extends ProviderException {
  private final Duration retryAfter;

  public ProviderUnavailableException(
      ProviderId provider,
      String message,
      String correlationId,
      Duration retryAfter,
      Throwable cause) {
    super(provider, message, correlationId, cause);
    this.retryAfter = retryAfter;
  }

  /** How long the provider asked us to wait (from Retry-After), or null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
