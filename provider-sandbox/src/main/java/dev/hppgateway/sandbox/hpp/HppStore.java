package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.SimulatedProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory HPP sessions of both providers; a session is only visible through its own provider's
 * API.
 */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
class HppStore {

  private final Map<String, HppSession> sessions = new ConcurrentHashMap<>();

  void add(HppSession session) {
    sessions.put(session.id, session);
  }

  /** Present even when expired, so the page can say "expired" rather than "unknown". */
  Optional<HppSession> findAny(SimulatedProvider provider, String id) {
    return Optional.ofNullable(sessions.get(id)).filter(session -> session.provider == provider);
  }

  Optional<HppSession> find(SimulatedProvider provider, String id, Instant now) {
    return findAny(provider, id).filter(session -> !session.expired(now));
  }
}
