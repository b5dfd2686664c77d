package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.ProviderId;

/** The provider answered something the adapter cannot read (bad JSON, missing fields). */
public final class ProviderMalformedAnswerException extends ProviderException {
  public ProviderMalformedAnswerException(
      ProviderId provider, String message, String correlationId, Throwable cause) {
    super(provider, message, correlationId, cause);
  }
}
