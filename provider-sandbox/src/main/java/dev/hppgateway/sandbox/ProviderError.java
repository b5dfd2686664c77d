package dev.hppgateway.sandbox;

import io.micronaut.http.MutableHttpResponse;

/**
 * Thrown inside a simulator when the provider would answer with an error; {@link
 * ProviderErrorHandler} turns it into that provider's error answer. No stack trace: it is an
 * answer, not a fault.
 */
public abstract class ProviderError extends RuntimeException {

  protected ProviderError(String message) {
    super(message, null, false, false);
  }

  /** The answer in the provider's own error shape. */
  public abstract MutableHttpResponse<?> toResponse();
}
