package dev.hppgateway.application.port.in;

import dev.hppgateway.application.port.out.provider.RefundOrCancelRequest;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.util.Objects;

/** Cancel or refund session {@code id}, with an optional reason the provider may show. */
public record RefundOrCancelCommand(
    MerchantId merchantId, HppSessionId id, RefundOrCancelRequest.Kind kind, String reason) {

  public RefundOrCancelCommand {
    Objects.requireNonNull(merchantId, "merchantId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if (reason != null && reason.length() > 255) {
      throw new DomainValidationException("reason", "must be at most 255 characters");
    }
  }
}
