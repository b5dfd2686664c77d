package dev.hppgateway.sandbox.hpp;

import java.time.Instant;

/**
 * An authorization token minted when the shopper pays a KP session; one order may be placed with
 * it.
 */
final class KpAuthorization {

  final String token;
  final KpSession session;
  final Instant expiresAt;
  private KpOrder order;
  private String idempotencyKey;
  private boolean cancelled;

  KpAuthorization(String token, KpSession session, Instant expiresAt) {
    this.token = token;
    this.session = session;
    this.expiresAt = expiresAt;
  }

  synchronized KpOrder order() {
    return order;
  }

  synchronized String idempotencyKey() {
    return idempotencyKey;
  }

  synchronized void placed(KpOrder placed, String key) {
    order = placed;
    idempotencyKey = key;
  }

  synchronized boolean cancelled() {
    return cancelled;
  }

  synchronized void cancel() {
    cancelled = true;
  }

  boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
