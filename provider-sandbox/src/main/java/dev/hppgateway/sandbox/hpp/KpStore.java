package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.SandboxSettings;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory KP payment sessions and authorization tokens; expired ones read as absent. */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
class KpStore {

  private final Map<String, KpSession> sessions = new ConcurrentHashMap<>();
  private final Map<String, KpAuthorization> authorizations = new ConcurrentHashMap<>();

  void add(KpSession session) {
    sessions.put(session.id, session);
  }

  Optional<KpSession> find(String id, Instant now) {
    return Optional.ofNullable(sessions.get(id)).filter(session -> !session.expired(now));
  }

  /** How many payment sessions were ever created with this {@code merchant_reference1}. */
  long countByMerchantReference(String merchantReference) {
    return sessions.values().stream()
        .filter(session -> merchantReference.equals(session.purchase.merchantReference1()))
        .count();
  }

  void add(KpAuthorization authorization) {
    authorizations.put(authorization.token, authorization);
  }

  Optional<KpAuthorization> authorization(String token, Instant now) {
    return Optional.ofNullable(authorizations.get(token))
        .filter(authorization -> !authorization.expired(now) && !authorization.cancelled());
  }
}
