package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.ProviderId;

/**
 * A provider call failed. The message is safe to show and log: adapters never put credentials,
 * tokens or request bodies in it. {@code correlationId} is the provider's, when it sent one.
 */
public abstract sealed class ProviderException extends RuntimeException
    permits ProviderRejectedException,
        ProviderUnavailableException,
        ProviderMalformedAnswerException {
  private final ProviderId provider;
  private final String correlationId;

  protected ProviderException(
      ProviderId provider, String message, String correlationId, Throwable cause) {
    super(provider + ": " + message, cause);
    this.provider = provider;
    this.correlationId = correlationId;
  }

  public ProviderId provider() {
    return provider;
  }

  public String correlationId() {
    return correlationId;
  }
}
