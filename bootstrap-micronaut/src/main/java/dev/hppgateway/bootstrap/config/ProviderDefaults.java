package dev.hppgateway.bootstrap.config;

import dev.hppgateway.bootstrap.Application;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The service's two modes. In <b>sandbox mode</b> ({@code hpp.sandbox.enabled=true}, the embedded
 * default) a provider without a base URL is the sandbox inside this service, a missing credential
 * is filled in, and {@code hpp.public-base-url} defaults to {@code http://localhost:<port>}. In
 * <b>live mode</b> every enabled provider needs its base URL and credentials, and {@code
 * hpp.public-base-url} is required and must be https unless its host is a loopback address; a
 * missing or wrong setting stops the service at startup with a {@link ConfigurationException} whose
 * one-line message names the setting. An explicit base URL is used in both modes.
 */
@Singleton
@Requires(env = Application.ENVIRONMENT)
public class ProviderDefaults {
  /** The property that selects the mode. */
  public static final String SANDBOX_ENABLED = "hpp.sandbox.enabled";

  static final String PUBLIC_BASE_URL = "hpp.public-base-url";

  private final boolean sandbox;
  private final String publicBaseUrl;

  @Inject
  public ProviderDefaults(
      @Value("${hpp.sandbox.enabled:false}") boolean sandbox,
      @Value("${micronaut.server.port:8080}") int port,
      GatewayProperties gateway) {
    this(sandbox, gateway.getPublicBaseUrl(), port);
  }

  ProviderDefaults(boolean sandbox, String configuredPublicBaseUrl, int port) {
    this.sandbox = sandbox;
    String base;
    if (!isBlank(configuredPublicBaseUrl)) {
      base = checkedUrl(configuredPublicBaseUrl.trim(), PUBLIC_BASE_URL);
    } else if (sandbox) {
      base = "http://localhost:" + port;
    } else {
      throw required(PUBLIC_BASE_URL);
    }
    this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** True in sandbox mode. */
  public boolean sandbox() {
    return sandbox;
  }

  /** Where providers and shoppers reach this service, without a trailing slash. */
  public String publicBaseUrl() {
    return publicBaseUrl;
  }

  /**
   * A credential from configuration. Against the sandbox any value will do, so a missing one is
   * filled in; against a real provider a missing credential stops the service at startup rather
   * than at the first payment.
   */
  public String credential(String value, String property) {
    if (!isBlank(value)) {
      return value;
    }
    if (sandbox) {
      return "sandbox";
    }
    throw required(property);
  }

  /**
   * A provider's base URL: the configured one in both modes (checked), else {@code sandboxPath}
   * under this service in sandbox mode; in live mode a missing one stops the service.
   */
  public String baseUrl(String configured, String property, String sandboxPath) {
    if (!isBlank(configured)) {
      return checkedUrl(configured.trim(), property);
    }
    if (sandbox) {
      return publicBaseUrl + sandboxPath;
    }
    throw required(property);
  }

  private String checkedUrl(String value, String property) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new ConfigurationException(property + " is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || isBlank(uri.getHost())) {
      throw new ConfigurationException(
          property + " must be an absolute http(s) URL such as https://pay.example.com");
    }
    if (!sandbox && scheme.equals("http") && !isLoopback(uri.getHost())) {
      throw new ConfigurationException(
          property
              + " must be https when hpp.sandbox.enabled is false (http only on a loopback"
              + " address), got http://"
              + uri.getHost());
    }
    return value;
  }

  /**
   * {@code localhost} or a loopback IP literal. A host name other than localhost is never looked
   * up: what it resolves to can change after startup.
   */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost")) {
      return true;
    }
    boolean ipLiteral = h.contains(":") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (!ipLiteral) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static ConfigurationException required(String property) {
    return new ConfigurationException(property + " is required when hpp.sandbox.enabled is false");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
