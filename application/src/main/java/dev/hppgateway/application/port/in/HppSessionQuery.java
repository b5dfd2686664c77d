package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.ProviderId;
import java.time.Instant;
import java.util.Objects;

/**
 * A page of one merchant's sessions. Null filters match everything; {@code startingAfter} is the id
 * of the last session of the previous page. {@code createdFrom} keeps sessions created at or after
 * it, {@code createdBefore} those created strictly before it; with both, the first must be earlier.
 */
public record HppSessionQuery(
    MerchantId merchantId,
    String merchantReference,
    HppStatus status,
    ProviderId provider,
    int limit,
    HppSessionId startingAfter,
    Instant createdFrom,
    Instant createdBefore) {

  public static final int MAX_LIMIT = 100;

  public HppSessionQuery {
    Objects.requireNonNull(merchantId, "merchantId");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
    if (createdFrom != null && createdBefore != null && !createdFrom.isBefore(createdBefore)) {
      throw new IllegalArgumentException("createdFrom must be before createdBefore");
    }
  }

  /** Without a creation-time window. */
  public HppSessionQuery(
      MerchantId merchantId,
      String merchantReference,
      HppStatus status,
      ProviderId provider,
      int limit,
      HppSessionId startingAfter) {
    this(merchantId, merchantReference, status, provider, limit, startingAfter, null, null);
  }

  /** Whether a session created at {@code createdAt} lies in the creation-time window. */
  public boolean createdWithin(Instant createdAt) {
    return (createdFrom == null || !createdAt.isBefore(createdFrom))
        && (createdBefore == null || createdAt.isBefore(createdBefore));
  }
}
