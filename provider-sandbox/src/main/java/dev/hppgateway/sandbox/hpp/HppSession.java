package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.SimulatedProvider;
import dev.hppgateway.sandbox.Times;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A simulated HPP session, hosting either a KP payment session or a KCO order. */
final class HppSession {

  static final String WAITING = "WAITING";
  static final String IN_PROGRESS = "IN_PROGRESS";
  static final String BACK = "BACK";
  static final String FAILED = "FAILED";
  static final String ERROR = "ERROR";
  static final String CANCELLED = "CANCELLED";
  static final String COMPLETED = "COMPLETED";
  static final String DISABLED = "DISABLED";
  static final Set<String> FINAL = Set.of(COMPLETED, CANCELLED, DISABLED);

  final String id;
  final SimulatedProvider provider;
  final KpSession kpSession;
  final KcoOrder kcoOrder;
  final Map<String, String> merchantUrls;
  final String placeOrderMode;
  final String pageTitle;
  final Instant createdAt;
  final Instant expiresAt;
  final String distributionToken;
  private String status = WAITING;
  private Instant updatedAt;
  private String authorizationToken;
  private String orderId;
  private String klarnaReference;

  HppSession(
      String id,
      SimulatedProvider provider,
      KpSession kpSession,
      KcoOrder kcoOrder,
      Map<String, String> merchantUrls,
      String placeOrderMode,
      String pageTitle,
      Instant createdAt,
      Instant expiresAt,
      String distributionToken) {
    this.id = id;
    this.provider = provider;
    this.kpSession = kpSession;
    this.kcoOrder = kcoOrder;
    this.merchantUrls = Map.copyOf(merchantUrls);
    this.placeOrderMode = placeOrderMode;
    this.pageTitle = pageTitle;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.distributionToken = distributionToken;
    this.updatedAt = createdAt;
  }

  boolean isKp() {
    return kpSession != null;
  }

  /**
   * KP with PLACE_ORDER/CAPTURE_ORDER: the provider places the order itself and hands out its id.
   */
  boolean placesOrder() {
    return isKp() && !"NONE".equals(placeOrderMode);
  }

  Purchase purchase() {
    return isKp() ? kpSession.purchase : kcoOrder.purchase;
  }

  synchronized String status() {
    return status;
  }

  synchronized boolean isFinal() {
    return FINAL.contains(status);
  }

  /**
   * Moves to a new status; false (and nothing changes) when it is the same status or this session
   * is final.
   */
  synchronized boolean moveTo(String next, Instant now) {
    if (FINAL.contains(status) || status.equals(next)) {
      return false;
    }
    status = next;
    updatedAt = now;
    return true;
  }

  synchronized void outcome(String token, String order, String reference) {
    authorizationToken = token;
    orderId = order;
    klarnaReference = reference;
  }

  synchronized String authorizationToken() {
    return authorizationToken;
  }

  /**
   * The order id known so far: the KCO order's from the start, a placed KP order's once completed.
   */
  synchronized String orderId() {
    if (orderId != null) {
      return orderId;
    }
    return isKp() ? null : kcoOrder.id;
  }

  synchronized HppViews.Session view() {
    boolean completed = COMPLETED.equals(status);
    return new HppViews.Session(
        id,
        status,
        Times.iso(updatedAt),
        Times.iso(expiresAt),
        completed ? authorizationToken : null,
        completed ? orderId : null,
        completed ? klarnaReference : null);
  }

  boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
