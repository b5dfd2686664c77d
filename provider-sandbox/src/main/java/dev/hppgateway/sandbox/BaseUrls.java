package dev.hppgateway.sandbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * The absolute base ("http://127.0.0.1:8080") for links handed out: configured, or the caller's
 * Host.
 */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
public class BaseUrls {

  private final SandboxSettings settings;

  public BaseUrls(SandboxSettings settings) {
    this.settings = settings;
  }

  public String of(HttpRequest<?> request) {
    return settings
        .publicBaseUrl()
        .orElseGet(
            () -> {
              String host = request.getHeaders().get(HttpHeaders.HOST);
              if (host == null || host.isBlank()) {
                host =
                    request.getServerAddress().getHostString()
                        + ":"
                        + request.getServerAddress().getPort();
              }
              return "http://" + host;
            });
  }
}
