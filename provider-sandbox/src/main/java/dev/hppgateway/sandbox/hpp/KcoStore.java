package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.SandboxSettings;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory KCO orders; expired ones read as absent. */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
class KcoStore {

  private final Map<String, KcoOrder> orders = new ConcurrentHashMap<>();

  void add(KcoOrder order) {
    orders.put(order.id, order);
  }

  Optional<KcoOrder> find(String id, Instant now) {
    return Optional.ofNullable(orders.get(id)).filter(order -> !order.expired(now));
  }
}
