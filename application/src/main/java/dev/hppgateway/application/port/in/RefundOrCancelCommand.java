package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.util.Objects;

/** Cancel or refund session {@code id}, with an optional reason the provider may show. */
public record RefundOrCancelCommand(
    MerchantId merchantId, HppSessionId id, Kind kind, String reason) {

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
  }
}
