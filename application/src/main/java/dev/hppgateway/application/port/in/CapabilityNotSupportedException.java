package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.ProviderId;

/** The merchant asked a provider for something it cannot do (disable, refund, sms, …). */
public class CapabilityNotSupportedException extends RuntimeException {
  private final ProviderId provider;
  private final String capability;

  public CapabilityNotSupportedException(ProviderId provider, String capability) {
    super(capability + " is not supported by provider " + provider);
    this.provider = provider;
    this.capability = capability;
  }

  public ProviderId provider() {
    return provider;
  }

  public String capability() {
    return capability;
  }
}
