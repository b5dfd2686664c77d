package dev.hppgateway.bootstrap.config;

import java.time.Duration;

/**
 * What every provider's configuration has: where it is, how to log in, how long to wait. An empty
 * base URL means "the embedded sandbox" in sandbox mode and stops the service in live mode (see
 * {@link ProviderDefaults}).
 */
public abstract class ProviderEndpoint {
  private boolean enabled = true;
  private String baseUrl;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration readTimeout = Duration.ofSeconds(30);

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean value) {
    enabled = value;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String value) {
    baseUrl = value;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration value) {
    connectTimeout = value;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration value) {
    readTimeout = value;
  }

  /** The configured base URL, or {@code fallback} when none is set. */
  public String baseUrlOr(String fallback) {
    return baseUrl == null || baseUrl.isBlank() ? fallback : baseUrl;
  }
}
