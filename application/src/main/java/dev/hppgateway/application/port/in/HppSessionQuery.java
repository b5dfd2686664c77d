package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.ProviderId;
import java.util.Objects;

/**
 * A page of one merchant's sessions. Null filters match everything; {@code startingAfter} is the id
 * of the last session of the previous page.
 */
public record HppSessionQuery(
    MerchantId merchantId,
    String merchantReference,
    HppStatus status,
    ProviderId provider,
    int limit,
    HppSessionId startingAfter) {

  public static final int MAX_LIMIT = 100;

  public HppSessionQuery {
    Objects.requireNonNull(merchantId, "merchantId");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }
}
