package dev.hppgateway.bootstrap.config;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Where a provider is when its base URL is not configured: the sandbox inside this service when
 * {@code hpp.sandbox.enabled} is true (the embedded default, so a fresh machine runs without
 * credentials), otherwise the provider's own test host.
 */
@Singleton
public class ProviderDefaults {
  private final boolean sandbox;
  private final String publicBaseUrl;

  public ProviderDefaults(@Value("${hpp.sandbox.enabled:false}") boolean sandbox, GatewayProperties gateway) {
    this.sandbox = sandbox;
    String base = gateway.getPublicBaseUrl();
    this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public boolean sandboxEnabled() {
    return sandbox;
  }

  /** {@code sandboxPath} under this service when the sandbox runs here, else {@code testHost}. */
  public String baseUrl(String sandboxPath, String testHost) {
    return sandbox ? publicBaseUrl + sandboxPath : testHost;
  }
}
