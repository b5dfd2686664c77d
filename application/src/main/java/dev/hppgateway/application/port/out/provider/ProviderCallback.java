package dev.hppgateway.application.port.out.provider;

import java.util.Map;
import java.util.Objects;

/**
 * A raw callback as it reached the gateway: the path after {@code /callbacks/{provider}/} (secrets
 * already stripped), the headers (lower-case names) and the body as text.
 */
public record ProviderCallback(String path, Map<String, String> headers, String body) {
  public ProviderCallback {
    path = path == null ? "" : path;
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    body = body == null ? "" : body;
    Objects.requireNonNull(path);
  }
}
