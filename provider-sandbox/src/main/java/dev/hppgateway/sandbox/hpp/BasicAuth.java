package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.KlarnaError;
import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.SimulatedProvider;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic on every Klarna/Kustom API call: any non-empty pair, or exactly the configured one.
 */
final class BasicAuth {

  private BasicAuth() {}

  static void require(
      HttpRequest<?> request, SandboxSettings settings, SimulatedProvider provider) {
    String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      throw KlarnaError.unauthorized();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      throw KlarnaError.unauthorized();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0 || colon == decoded.length() - 1) {
      throw KlarnaError.unauthorized();
    }
    String user = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    if (!matches(settings.username(provider), user)
        || !matches(settings.password(provider), password)) {
      throw KlarnaError.unauthorized();
    }
  }

  private static boolean matches(Optional<String> expected, String actual) {
    return expected
        .map(
            value ->
                MessageDigest.isEqual(
                    value.getBytes(StandardCharsets.UTF_8),
                    actual.getBytes(StandardCharsets.UTF_8)))
        .orElse(true);
  }
}
