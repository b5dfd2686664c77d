package dev.hppgateway.adapter.inmemory;

import dev.hppgateway.application.port.out.persistence.IdempotencyClaim;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Idempotency keys in memory; claims are atomic per key. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
  private record Key(MerchantId merchant, String key) {}

  private record Entry(String requestHash, HppSessionId result, Instant expiresAt) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public IdempotencyClaim claim(
      MerchantId merchant, String key, String requestHash, Instant now, Instant expiresAt) {
    IdempotencyClaim[] answer = new IdempotencyClaim[1];
    entries.compute(
        new Key(merchant, key),
        (k, existing) -> {
          if (existing == null || !existing.expiresAt().isAfter(now)) {
            answer[0] = new IdempotencyClaim.Claimed();
            return new Entry(requestHash, null, expiresAt);
          }
          if (!existing.requestHash().equals(requestHash)) {
            answer[0] = new IdempotencyClaim.Mismatch();
          } else if (existing.result() == null) {
            answer[0] = new IdempotencyClaim.InProgress();
          } else {
            answer[0] = new IdempotencyClaim.Completed(existing.result());
          }
          return existing;
        });
    return answer[0];
  }

  @Override
  public void complete(MerchantId merchant, String key, HppSessionId result, Instant expiresAt) {
    entries.computeIfPresent(
        new Key(merchant, key), (k, e) -> new Entry(e.requestHash(), result, expiresAt));
  }

  @Override
  public void release(MerchantId merchant, String key) {
    entries.remove(new Key(merchant, key));
  }
}
