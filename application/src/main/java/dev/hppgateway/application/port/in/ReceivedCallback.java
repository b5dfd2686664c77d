package dev.hppgateway.application.port.in;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A provider callback exactly as it reached the gateway's HTTP endpoint, wherever that runs (the
 * service's controller, or an embedded user's own web layer).
 *
 * @param path the request path, containing {@code /callbacks/…} (see {@link CallbackUrl})
 * @param query the raw query string, or null
 * @param headers as received, any case; adapters see each header's first value under a lower-case
 *     name
 * @param body the body as text, or null
 */
public record ReceivedCallback(
    String path, String query, Map<String, List<String>> headers, String body) {
  public ReceivedCallback {
    Objects.requireNonNull(path, "path");
    headers = headers == null ? Map.of() : headers;
  }

  @Override
  public String toString() {
    // The path holds the callback secret, the body may hold tokens.
    return "ReceivedCallback["
        + CallbackUrl.parse(path, query).map(Object::toString).orElse("not a callback URL")
        + "]";
  }
}
