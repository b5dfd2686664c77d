package dev.hppgateway.sandbox.optty;

import dev.hppgateway.sandbox.Amounts;
import dev.hppgateway.sandbox.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A custom payment link and the orders it produces. Opening the link creates an order with its own
 * reference ({@code ord_…}, never the invoice number). An order's end (DECLINED, CANCELLED, ERROR)
 * is not the link's end: opening the link again starts a new order. The link ends when an order is
 * paid (SUCCESSFUL, later REFUNDED), when the merchant cancels it, or at its due date. Order
 * statuses: INITIATED, PENDING, SUCCESSFUL, DECLINED, CANCELLED, ERROR, REFUNDED. A paid order is
 * refunded in one or several parts; it stays SUCCESSFUL until its refunds reach its amount.
 */
final class OpttyLink {

  static final String INITIATED = "INITIATED";
  static final String SUCCESSFUL = "SUCCESSFUL";
  static final String DECLINED = "DECLINED";
  static final String CANCELLED = "CANCELLED";
  static final String ERROR = "ERROR";
  static final String REFUNDED = "REFUNDED";

  /** One order of the link. Guarded by the link's monitor. */
  static final class Order {
    final String reference;
    private String status;
    private String failureReason;
    private Instant updatedAt;

    /** Refunds by the merchant's refund reference, so a retried refund is answered, not paid. */
    private final Map<String, Refund> refunds = new HashMap<>();

    private Order(String reference) {
      this.reference = reference;
    }

    String status() {
      return status;
    }

    String failureReason() {
      return failureReason;
    }

    Instant updatedAt() {
      return updatedAt;
    }

    boolean hasRefund(String refundReference) {
      return refunds.containsKey(refundReference);
    }
  }

  /** A refund the sandbox made. */
  record Refund(String refundId, String refundReference, BigDecimal amount, String currency) {}

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
  private final List<Order> orders = new ArrayList<>();
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
    return !orders.isEmpty();
  }

  /** The latest order, null before the shopper opened the link. */
  synchronized Order current() {
    return orders.isEmpty() ? null : orders.get(orders.size() - 1);
  }

  /** The latest order's reference, null before the shopper opened the link. */
  synchronized String orderReference() {
    Order current = current();
    return current == null ? null : current.reference;
  }

  /** The latest order's status, null before the shopper opened the link. */
  synchronized String status() {
    Order current = current();
    return current == null ? null : current.status;
  }

  synchronized Optional<Order> order(String reference) {
    return orders.stream().filter(o -> o.reference.equals(reference)).findFirst();
  }

  synchronized boolean linkCancelled() {
    return linkCancelled;
  }

  /** The order that paid the link (SUCCESSFUL or since REFUNDED), if any. */
  synchronized Order paidOrder() {
    return orders.stream()
        .filter(o -> SUCCESSFUL.equals(o.status) || REFUNDED.equals(o.status))
        .findFirst()
        .orElse(null);
  }

  /** No more shopper actions: paid (or refunded) or cancelled by the merchant. */
  synchronized boolean isFinal() {
    return linkCancelled || paidOrder() != null;
  }

  /**
   * The shopper opened the link: an order exists from now on. A new order starts when there is none
   * yet or the latest one ended without payment (declined, cancelled, failed).
   */
  synchronized boolean open(Instant now) {
    if (isFinal()) {
      return false;
    }
    Order current = current();
    if (current == null
        || DECLINED.equals(current.status)
        || ERROR.equals(current.status)
        || CANCELLED.equals(current.status)) {
      orders.add(new Order("ord_" + Ids.shortId(18)));
      return set(INITIATED, null, now);
    }
    return false;
  }

  /** Sets the latest order's status. */
  synchronized boolean set(String next, String reason, Instant now) {
    Order current = current();
    if (current == null || next.equals(current.status)) {
      return false;
    }
    current.status = next;
    current.failureReason = reason;
    current.updatedAt = now;
    updatedAt = now;
    return true;
  }

  /** The merchant cancelled the link: an order in progress is cancelled with it. */
  synchronized boolean cancelLink(Instant now) {
    linkCancelled = true;
    updatedAt = now;
    Order current = current();
    if (current != null && (INITIATED.equals(current.status) || "PENDING".equals(current.status))) {
      return set(CANCELLED, null, now);
    }
    return false;
  }

  /** A refund the sandbox refused, with the HTTP status Optty would answer. */
  static final class RefundRefused extends RuntimeException {
    final int status;

    RefundRefused(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  /** What the paid order still has to give back: its amount minus its refunds so far. */
  synchronized BigDecimal refundable(Order order) {
    BigDecimal refunded =
        order.refunds.values().stream()
            .map(Refund::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return price.subtract(refunded);
  }

  /**
   * Refunds {@code amount} of {@code order} (null: all that remains): the refund already made under
   * {@code refundReference} when this is a retry of the same amount, else a new one. The order
   * stays SUCCESSFUL while partly refunded and becomes REFUNDED when its refunds reach its amount.
   *
   * @throws RefundRefused 409 for an order not paid, already refunded in full or a reference reused
   *     for another amount; 400 for an amount over what remains refundable
   */
  synchronized Refund refund(Order order, String refundReference, BigDecimal amount, Instant now) {
    Refund earlier = order.refunds.get(refundReference);
    if (earlier != null) {
      if (amount != null && earlier.amount().compareTo(amount) != 0) {
        throw new RefundRefused(
            409, "refundReference " + refundReference + " was used for another amount");
      }
      return earlier;
    }
    if (REFUNDED.equals(order.status)) {
      throw new RefundRefused(409, "Order is already refunded");
    }
    if (!SUCCESSFUL.equals(order.status)) {
      throw new RefundRefused(409, "Order is not paid");
    }
    BigDecimal refundable = refundable(order);
    BigDecimal value = amount == null ? refundable : amount;
    if (value.compareTo(refundable) > 0) {
      throw new RefundRefused(
          400,
          "refundAmount exceeds the refundable amount "
              + refundable.setScale(Amounts.digits(currency)).toPlainString()
              + " "
              + currency);
    }
    Refund refund = new Refund("rfd_" + Ids.shortId(16), refundReference, value, currency);
    order.refunds.put(refundReference, refund);
    if (value.compareTo(refundable) == 0) {
      order.status = REFUNDED;
    }
    order.updatedAt = now;
    updatedAt = now;
    return refund;
  }

  synchronized Instant updatedAt() {
    return updatedAt;
  }

  boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
