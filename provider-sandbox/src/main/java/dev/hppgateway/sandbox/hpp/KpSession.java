package dev.hppgateway.sandbox.hpp;

import java.time.Instant;

/**
 * A simulated Klarna Payments session: "incomplete" until the shopper authorizes on the HPP page.
 */
final class KpSession {

  final String id;
  final Purchase purchase;
  final String clientToken;
  final Instant createdAt;
  final Instant expiresAt;
  private String status = "incomplete";
  private String authorizationToken;

  KpSession(
      String id, Purchase purchase, String clientToken, Instant createdAt, Instant expiresAt) {
    this.id = id;
    this.purchase = purchase;
    this.clientToken = clientToken;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  synchronized String status() {
    return status;
  }

  synchronized void authorized(String token) {
    status = "complete";
    authorizationToken = token;
  }

  synchronized String authorizationToken() {
    return authorizationToken;
  }

  boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
