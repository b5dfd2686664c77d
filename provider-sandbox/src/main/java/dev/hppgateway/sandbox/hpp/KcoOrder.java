package dev.hppgateway.sandbox.hpp;

import java.time.Instant;
import java.util.Map;

/**
 * A simulated Kustom Checkout order: checkout_incomplete until the shopper pays on the HPP page.
 */
final class KcoOrder {

  static final String INCOMPLETE = "checkout_incomplete";
  static final String COMPLETE = "checkout_complete";

  final String id;
  final Purchase purchase;

  /**
   * terms, checkout, confirmation, push: as given, {@code {checkout.order.id}} not yet replaced.
   */
  final Map<String, String> merchantUrls;

  final Instant createdAt;
  final Instant expiresAt;
  private String status = INCOMPLETE;
  private Instant lastModifiedAt;
  private Instant completedAt;
  private String klarnaReference;
  private boolean acknowledged;
  private int pushAttempts;

  KcoOrder(
      String id,
      Purchase purchase,
      Map<String, String> merchantUrls,
      Instant createdAt,
      Instant expiresAt) {
    this.id = id;
    this.purchase = purchase;
    this.merchantUrls = Map.copyOf(merchantUrls);
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.lastModifiedAt = createdAt;
  }

  synchronized String status() {
    return status;
  }

  synchronized boolean complete(Instant now, String reference) {
    if (COMPLETE.equals(status)) {
      return false;
    }
    status = COMPLETE;
    completedAt = now;
    lastModifiedAt = now;
    klarnaReference = reference;
    return true;
  }

  synchronized Instant completedAt() {
    return completedAt;
  }

  synchronized Instant lastModifiedAt() {
    return lastModifiedAt;
  }

  synchronized String klarnaReference() {
    return klarnaReference;
  }

  synchronized boolean acknowledged() {
    return acknowledged;
  }

  /** Acknowledges the order; false when it already was. */
  synchronized boolean acknowledge() {
    boolean first = !acknowledged;
    acknowledged = true;
    return first;
  }

  /** Counts one more push if still due; false once acknowledged or out of attempts. */
  synchronized boolean takePushAttempt(int maxAttempts) {
    if (acknowledged || pushAttempts >= maxAttempts) {
      return false;
    }
    pushAttempts++;
    return true;
  }

  synchronized int pushAttempts() {
    return pushAttempts;
  }

  String pushUrl() {
    return merchantUrls.get("push").replace("{checkout.order.id}", UrlTemplates.encode(id));
  }

  boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
