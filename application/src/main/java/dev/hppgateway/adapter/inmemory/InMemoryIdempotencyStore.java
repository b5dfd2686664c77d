package dev.hppgateway.adapter.inmemory;

import dev.hppgateway.application.port.out.persistence.IdempotencyClaim;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Idempotency keys in memory; claims are atomic per key, and only their owner finishes them. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
  private record Key(MerchantId merchant, String key) {}

  private record Entry(String owner, String requestHash, HppSessionId result, Instant expiresAt) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public IdempotencyClaim claim(
      MerchantId merchant,
      String key,
      String owner,
      String requestHash,
      Instant now,
      Instant expiresAt) {
    IdempotencyClaim[] answer = new IdempotencyClaim[1];
    entries.compute(
        new Key(merchant, key),
        (k, existing) -> {
          if (existing == null || !existing.expiresAt().isAfter(now)) {
            answer[0] = new IdempotencyClaim.Claimed();
            return new Entry(owner, requestHash, null, expiresAt);
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
  public boolean complete(
      MerchantId merchant, String key, String owner, HppSessionId result, Instant expiresAt) {
    boolean[] done = new boolean[1];
    entries.computeIfPresent(
        new Key(merchant, key),
        (k, e) -> {
          if (!heldBy(e, owner)) {
            return e;
          }
          done[0] = true;
          return new Entry(e.owner(), e.requestHash(), result, expiresAt);
        });
    return done[0];
  }

  @Override
  public boolean release(MerchantId merchant, String key, String owner) {
    boolean[] done = new boolean[1];
    entries.computeIfPresent(
        new Key(merchant, key),
        (k, e) -> {
          if (!heldBy(e, owner)) {
            return e;
          }
          done[0] = true;
          return null;
        });
    return done[0];
  }

  @Override
  public int deleteExpiredBefore(Instant cutoff, int batchSize) {
    int deleted = 0;
    for (Map.Entry<Key, Entry> e : entries.entrySet()) {
      if (deleted >= batchSize) {
        break;
      }
      // remove(key, value): a key claimed anew meanwhile is a different entry and stays
      if (e.getValue().expiresAt().isBefore(cutoff) && entries.remove(e.getKey(), e.getValue())) {
        deleted++;
      }
    }
    return deleted;
  }

  /** The unfinished claim is still {@code owner}'s (a lapsed one too, until another takes it). */
  private static boolean heldBy(Entry entry, String owner) {
    return entry.result() == null && entry.owner().equals(owner);
  }
}
