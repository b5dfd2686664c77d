package dev.hppgateway.sandbox.optty;

import dev.hppgateway.sandbox.Amounts;
import dev.hppgateway.sandbox.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A custom payment link and the order it produces once the shopper opens it. Order statuses:
 * INITIATED, PENDING, SUCCESSFUL, DECLINED, CANCELLED, ERROR, REFUNDED.
 */
final class OpttyLink {

  static final String INITIATED = "INITIATED";
  static final String SUCCESSFUL = "SUCCESSFUL";
  static final String DECLINED = "DECLINED";
  static final String CANCELLED = "CANCELLED";
  static final String ERROR = "ERROR";
  static final String REFUNDED = "REFUNDED";

  final String id;
  final String clientId;
  final String invoiceNumber;
  final String description;
  final String referenceName;
  final String currency;
  final BigDecimal price;
  final BigDecimal subTotal;
  final BigDecimal taxAmount;
  final List<OpttyItem> items;
  final Instant createdAt;
  final Instant expiresAt;
  private boolean linkCancelled;
  private String orderReference;
  private String status;
  private String failureReason;
  private Instant updatedAt;

  OpttyLink(
      String id,
      String clientId,
      String invoiceNumber,
      String description,
      String referenceName,
      String currency,
      BigDecimal price,
      BigDecimal subTotal,
      BigDecimal taxAmount,
      List<OpttyItem> items,
      Instant createdAt,
      Instant expiresAt) {
    this.id = id;
    this.clientId = clientId;
    this.invoiceNumber = invoiceNumber;
    this.description = description;
    this.referenceName = referenceName;
    this.currency = currency;
    this.price = price;
    this.subTotal = subTotal;
    this.taxAmount = taxAmount;
    this.items = List.copyOf(items);
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.updatedAt = createdAt;
  }

  long priceMinor() {
    return Amounts.toMinor(price, currency);
  }

  synchronized boolean opened() {
    return orderReference != null;
  }

  synchronized String orderReference() {
    return orderReference;
  }

  synchronized String status() {
    return status;
  }

  synchronized String failureReason() {
    return failureReason;
  }

  synchronized Instant updatedAt() {
    return updatedAt;
  }

  synchronized boolean linkCancelled() {
    return linkCancelled;
  }

  /** No more shopper actions: paid, refunded or cancelled. */
  synchronized boolean isFinal() {
    return linkCancelled
        || SUCCESSFUL.equals(status)
        || REFUNDED.equals(status)
        || CANCELLED.equals(status);
  }

  /**
   * The shopper opened the link: an order exists from now on (a declined or failed one may be
   * retried).
   */
  synchronized boolean open(Instant now) {
    if (orderReference == null) {
      orderReference = "ord_" + Ids.shortId(18);
      return set(INITIATED, null, now);
    }
    if (DECLINED.equals(status) || ERROR.equals(status)) {
      return set(INITIATED, null, now);
    }
    return false;
  }

  synchronized boolean set(String next, String reason, Instant now) {
    if (next.equals(status)) {
      return false;
    }
    status = next;
    failureReason = reason;
    updatedAt = now;
    return true;
  }

  synchronized void cancelLink(Instant now) {
    linkCancelled = true;
    if (orderReference != null) {
      set(CANCELLED, null, now);
    } else {
      updatedAt = now;
    }
  }

  boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
