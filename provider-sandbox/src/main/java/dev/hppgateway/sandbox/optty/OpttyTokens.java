package dev.hppgateway.sandbox.optty;

import dev.hppgateway.sandbox.Ids;
import dev.hppgateway.sandbox.NestError;
import dev.hppgateway.sandbox.SandboxClock;
import dev.hppgateway.sandbox.SandboxSettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Bearer tokens issued by the simulated Optty auth host, and the scope check of the API host. */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
class OpttyTokens {

  static final String MERCHANT = "merchant";
  static final String API_USER = "api-user";
  static final Set<String> SCOPES = Set.of(MERCHANT, API_USER);

  private final Map<String, OpttyGrant> grants = new ConcurrentHashMap<>();
  private final SandboxClock clock;

  OpttyTokens(SandboxClock clock) {
    this.clock = clock;
  }

  String issue(String clientId, Set<String> scopes, long expiresInSeconds) {
    long issuedAt = clock.now().getEpochSecond();
    String token =
        Ids.jwtLike(
            "{\"sub\":\""
                + clientId.replace("\"", "")
                + "\",\"scope\":\""
                + String.join(" ", scopes)
                + "\",\"iat\":"
                + issuedAt
                + ",\"exp\":"
                + (issuedAt + expiresInSeconds)
                + ",\"jti\":\""
                + Ids.uuid()
                + "\"}");
    grants.put(
        token,
        new OpttyGrant(clientId, Set.copyOf(scopes), clock.now().plusSeconds(expiresInSeconds)));
    return token;
  }

  /** 401 for a missing, unknown or expired token; 403 when the token lacks the scope. */
  OpttyGrant require(HttpRequest<?> request, String scope) {
    String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw NestError.of(401, "Unauthorized");
    }
    OpttyGrant grant = grants.get(header.substring(7).trim());
    if (grant == null || !clock.now().isBefore(grant.expiresAt())) {
      throw NestError.of(401, "Unauthorized");
    }
    if (!grant.scopes().contains(scope)) {
      throw NestError.of(403, "Forbidden resource");
    }
    return grant;
  }
}
