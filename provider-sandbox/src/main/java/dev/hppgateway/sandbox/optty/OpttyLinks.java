package dev.hppgateway.sandbox.optty;

import dev.hppgateway.sandbox.SandboxSettings;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory payment links: by link id (the shopper's URL) and by merchant + invoice number (the
 * API's key).
 */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
class OpttyLinks {

  private final Map<String, OpttyLink> byId = new ConcurrentHashMap<>();
  private final Map<String, OpttyLink> byInvoice = new ConcurrentHashMap<>();

  /** False when the merchant already used this invoice number. */
  boolean add(OpttyLink link) {
    if (byInvoice.putIfAbsent(key(link.clientId, link.invoiceNumber), link) != null) {
      return false;
    }
    byId.put(link.id, link);
    return true;
  }

  Optional<OpttyLink> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  Optional<OpttyLink> byInvoice(String clientId, String invoiceNumber, Instant now) {
    return Optional.ofNullable(byInvoice.get(key(clientId, invoiceNumber)))
        .filter(link -> !link.expired(now));
  }

  /**
   * The link that produced the order {@code reference}. Only order references are resolved, never
   * an invoice number: Optty does not document that a link's invoice number reads as an order.
   */
  Optional<OpttyLink> byOrderReference(String clientId, String reference, Instant now) {
    return byId.values().stream()
        .filter(link -> link.clientId.equals(clientId) && link.order(reference).isPresent())
        .filter(link -> !link.expired(now))
        .findFirst();
  }

  private static String key(String clientId, String invoiceNumber) {
    return clientId + "\u0000" + invoiceNumber;
  }
}
