package dev.hppgateway.adapter.providerhttp;

import dev.hppgateway.domain.ProviderId;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom an adapter calls a provider's API: base URL (its path, such as a sandbox's
 * {@code /sandbox/klarna}, is kept on every call), default authentication and timeouts. The
 * credentials never appear in {@link #toString()}.
 *
 * @param connectTimeout null for {@link #DEFAULT_CONNECT_TIMEOUT}
 * @param readTimeout null for {@link #DEFAULT_READ_TIMEOUT}
 */
public record ProviderConnection(
    ProviderId provider,
    String baseUrl,
    ProviderAuth auth,
    Duration connectTimeout,
    Duration readTimeout) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

  public ProviderConnection {
    Objects.requireNonNull(provider, "provider");
    baseUrl = normalizeBaseUrl(baseUrl);
    auth = auth == null ? ProviderAuth.none() : auth;
    connectTimeout = positiveOr(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connectTimeout");
    readTimeout = positiveOr(readTimeout, DEFAULT_READ_TIMEOUT, "readTimeout");
  }

  /** The base URL without trailing slashes; rejects anything but an absolute http(s) URL. */
  public static String normalizeBaseUrl(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("baseUrl is required");
    }
    String trimmed = baseUrl.trim();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    URI uri = URI.create(trimmed);
    if (uri.getScheme() == null
        || uri.getHost() == null
        || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + trimmed);
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("baseUrl must not carry credentials");
    }
    return trimmed;
  }

  private static Duration positiveOr(Duration value, Duration fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return value;
  }

  @Override
  public String toString() {
    return "ProviderConnection[provider="
        + provider
        + ", baseUrl="
        + baseUrl
        + ", auth="
        + auth
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + "]";
  }
}
