package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.adapter.providerhttp.ProviderHttpAnswer;
import dev.hppgateway.adapter.providerhttp.ProviderHttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Client-credentials tokens, one cached per scope. A token is renewed {@link #REFRESH_BEFORE}
 * before it expires; callers of one scope that need a new token at the same time wait for the
 * single request one of them sends (the per-scope monitor), so a burst of calls or of 401s costs
 * one token request, not one each.
 */
final class OpttyTokens {
  static final Duration REFRESH_BEFORE = Duration.ofMinutes(10);

  /** When Optty omits expires_in; shorter than its documented 86400 s, to be safe. */
  static final Duration ASSUMED_LIFETIME = Duration.ofHours(1);

  private static final String PATH = "/token";

  private final ProviderHttpClient auth;
  private final String clientId;
  private final String clientSecret;
  private final OpttySecrets secrets;
  private final Clock clock;
  private final Map<String, Slot> slots = new ConcurrentHashMap<>();

  OpttyTokens(
      ProviderHttpClient auth,
      String clientId,
      String clientSecret,
      OpttySecrets secrets,
      Clock clock) {
    this.auth = auth;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.secrets = secrets;
    this.clock = clock;
  }

  /** A token for {@code scope} that is valid now, requesting one when needed. */
  String current(String scope) {
    return slots.computeIfAbsent(scope, Slot::new).current();
  }

  /**
   * Forgets {@code rejected} after the API answered 401 with it. A token another caller already
   * replaced stays: that caller's new one is used.
   */
  void discard(String scope, String rejected) {
    Slot slot = slots.get(scope);
    if (slot != null) {
      slot.discard(rejected);
    }
  }

  private final class Slot {
    private final String scope;
    private String token;
    private Instant renewAt;

    Slot(String scope) {
      this.scope = scope;
    }

    synchronized String current() {
      if (token == null || !clock.instant().isBefore(renewAt)) {
        request();
      }
      return token;
    }

    synchronized void discard(String rejected) {
      if (rejected.equals(token)) {
        token = null;
        renewAt = null;
      }
    }

    private void request() {
      Instant askedAt = clock.instant();
      String op = "token request (scope " + scope + ")";
      ProviderHttpAnswer answer = auth.postForm(op, PATH, form());
      TokenAnswer parsed = auth.success(op, answer, TokenAnswer.class);
      if (parsed.accessToken() == null || parsed.accessToken().isBlank()) {
        throw auth.malformed(op + ": answer holds no access_token", answer);
      }
      if (parsed.tokenType() != null && !"bearer".equalsIgnoreCase(parsed.tokenType())) {
        throw auth.malformed(
            op + ": answer has token_type " + parsed.tokenType() + ", expected Bearer", answer);
      }
      Duration lifetime =
          parsed.expiresIn() == null || parsed.expiresIn() <= 0
              ? ASSUMED_LIFETIME
              : Duration.ofSeconds(parsed.expiresIn());
      // A short-lived token is renewed at half its life instead of never being "fresh".
      Duration margin =
          REFRESH_BEFORE.compareTo(lifetime.dividedBy(2)) < 0
              ? REFRESH_BEFORE
              : lifetime.dividedBy(2);
      secrets.rememberToken(parsed.accessToken());
      token = parsed.accessToken();
      renewAt = askedAt.plus(lifetime).minus(margin);
    }

    private Map<String, String> form() {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("client_id", clientId);
      form.put("client_secret", clientSecret);
      form.put("grant_type", "client_credentials");
      form.put("scope", scope);
      return form;
    }
  }
}
