package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.Money;
import java.util.Currency;
import java.util.Objects;

/**
 * Cancel or refund session {@code id}, with an optional reason the provider may show.
 *
 * @param amount a refund's amount in minor units of the page's currency; null refunds all that
 *     remains refundable (the page's amount minus its refunds so far). A cancel takes none.
 * @param currency the amount's ISO 4217 code, if the merchant named one: it must be the page's;
 *     null means the page's
 */
public record RefundOrCancelCommand(
    MerchantId merchantId,
    HppSessionId id,
    Kind kind,
    String reason,
    Long amount,
    String currency) {

  /** What the merchant asked for: a refund of a paid page, or a cancel of an unpaid one. */
  public enum Kind {
    CANCEL,
    REFUND
  }

  public RefundOrCancelCommand {
    Objects.requireNonNull(merchantId, "merchantId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if (reason != null && reason.length() > 255) {
      throw new DomainValidationException("reason", "must be at most 255 characters");
    }
    if (kind == Kind.CANCEL && amount != null) {
      throw new DomainValidationException("amount", "a cancel takes no amount");
    }
    if (kind == Kind.CANCEL && currency != null) {
      throw new DomainValidationException("currency", "a cancel takes no currency");
    }
    if (amount != null && amount <= 0) {
      throw new DomainValidationException("amount", "must be greater than zero");
    }
    if (currency != null) {
      Money.currency(currency);
    }
  }

  /** A cancel, or a refund of all that remains refundable. */
  public RefundOrCancelCommand(MerchantId merchantId, HppSessionId id, Kind kind, String reason) {
    this(merchantId, id, kind, reason, null, null);
  }

  /**
   * The amount to refund for a page in {@code pageCurrency}: null for all that remains; in the
   * named currency when there is one (the domain then refuses another than the page's).
   */
  public Money amountIn(Currency pageCurrency) {
    if (amount == null && currency == null) {
      return null;
    }
    Currency named = currency == null ? pageCurrency : Money.currency(currency);
    if (amount == null) {
      // Only a currency: it must still be the page's, and the rest is refunded.
      if (!named.equals(pageCurrency)) {
        throw new DomainValidationException(
            "currency", "must be the page's currency " + pageCurrency.getCurrencyCode());
      }
      return null;
    }
    return new Money(amount, named);
  }
}
