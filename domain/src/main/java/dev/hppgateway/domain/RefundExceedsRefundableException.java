package dev.hppgateway.domain;

/**
 * A refund asked for more than the page still has to give back (its amount minus what was already
 * refunded). The request itself is well formed; the page's refunds so far forbid it, so the API
 * answers it as a state conflict (409) that still names the field and the refundable amount.
 */
public class RefundExceedsRefundableException extends RuntimeException {
  private final Money refundable;

  public RefundExceedsRefundableException(HppSessionId id, Money requested, Money refundable) {
    super(
        "HPP session "
            + id
            + " cannot refund "
            + requested.minorUnits()
            + " "
            + requested.currencyCode()
            + ": only "
            + refundable.minorUnits()
            + " remains refundable");
    this.refundable = refundable;
  }

  /** The request field at fault: {@code amount}. */
  public String field() {
    return "amount";
  }

  /** What a merchant can act on, in minor units: {@code exceeds the refundable 1234}. */
  public String reason() {
    return "exceeds the refundable " + refundable.minorUnits();
  }

  /** What the page still has to give back. */
  public Money refundable() {
    return refundable;
  }
}
