package dev.hppgateway.bootstrap.config;

import dev.hppgateway.bootstrap.Application;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

/**
 * Where a provider is when its base URL is not configured: the sandbox inside this service when
 * {@code hpp.sandbox.enabled} is true (the embedded default, so a fresh machine runs without
 * credentials), otherwise the provider's own test host.
 */
@Singleton
@Requires(env = Application.ENVIRONMENT)
public class ProviderDefaults {
  private final boolean sandbox;
  private final String publicBaseUrl;

  public ProviderDefaults(
      @Value("${hpp.sandbox.enabled:false}") boolean sandbox, GatewayProperties gateway) {
    this.sandbox = sandbox;
    String base = gateway.getPublicBaseUrl();
    this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /**
   * A credential from configuration. Against the sandbox any value will do, so a missing one is
   * filled in; against a real provider a missing credential stops the service at startup rather
   * than at the first payment.
   */
  public String credential(String value, String property) {
    if (value != null && !value.isBlank()) {
      return value;
    }
    if (sandbox) {
      return "sandbox";
    }
    throw new ConfigurationException(property + " is required when hpp.sandbox.enabled is false");
  }

  /** {@code sandboxPath} under this service when the sandbox runs here, else {@code testHost}. */
  public String baseUrl(String sandboxPath, String testHost) {
    return sandbox ? publicBaseUrl + sandboxPath : testHost;
  }
}
