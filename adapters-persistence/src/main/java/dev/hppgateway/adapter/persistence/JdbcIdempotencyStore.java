package dev.hppgateway.adapter.persistence;

import dev.hppgateway.application.port.out.persistence.IdempotencyClaim;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link IdempotencyStore} on {@code idempotency_keys}. A claim is won by exactly one of: the
 * insert of a new key (the primary key lets one insert through) or the take-over of an expired one
 * (the row lock lets one update through). Everybody else reads what the winner wrote.
 */
@Singleton
public class JdbcIdempotencyStore implements IdempotencyStore {
  /** A key released between our failed insert and our read is claimed again; bounded for safety. */
  private static final int MAX_ROUNDS = 5;

  private final IdempotencyKeyRowRepository rows;

  JdbcIdempotencyStore(IdempotencyKeyRowRepository rows) {
    this.rows = rows;
  }

  @Override
  public IdempotencyClaim claim(
      MerchantId merchant,
      String key,
      String owner,
      String requestHash,
      Instant now,
      Instant expiresAt) {
    String merchantId = merchant.value();
    Instant at = StoredInstant.of(now);
    Instant until = StoredInstant.of(expiresAt);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      if (rows.insertIfAbsent(merchantId, key, owner, requestHash, at, until) == 1) {
        return new IdempotencyClaim.Claimed();
      }
      if (rows.takeOverExpired(merchantId, key, owner, requestHash, at, until) == 1) {
        return new IdempotencyClaim.Claimed();
      }
      Optional<IdempotencyKeyRow> existing = rows.find(merchantId, key);
      if (existing.isPresent()) {
        return answer(existing.get(), requestHash);
      }
    }
    // The key keeps being released under us: tell the caller to retry rather than guess.
    return new IdempotencyClaim.InProgress();
  }

  private static IdempotencyClaim answer(IdempotencyKeyRow row, String requestHash) {
    if (!row.requestHash().equals(requestHash)) {
      return new IdempotencyClaim.Mismatch();
    }
    if (IdempotencyKeyRow.COMPLETED.equals(row.state()) && row.sessionId() != null) {
      return new IdempotencyClaim.Completed(HppSessionId.of(row.sessionId()));
    }
    return new IdempotencyClaim.InProgress();
  }

  @Override
  public boolean complete(
      MerchantId merchant, String key, String owner, HppSessionId result, Instant expiresAt) {
    return rows.complete(merchant.value(), key, owner, result.value(), StoredInstant.of(expiresAt))
        == 1;
  }

  @Override
  public boolean release(MerchantId merchant, String key, String owner) {
    return rows.release(merchant.value(), key, owner) == 1;
  }

  @Override
  public int deleteExpiredBefore(Instant cutoff, int batchSize) {
    return rows.deleteExpiredBefore(StoredInstant.of(cutoff), batchSize);
  }
}
