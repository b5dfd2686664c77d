package dev.hppgateway.application.port.out;

import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.time.Instant;

/**
 * Remembers {@code Idempotency-Key}s per merchant (24 h), so a retried create returns the first
 * result instead of making a second page. Claiming must be atomic across service instances:
 * two concurrent claims of one key have one winner.
 */
public interface IdempotencyStore {

  /**
   * Claims the key for a request with this hash.
   *
   * @param expiresAt when the key may be reused
   */
  IdempotencyClaim claim(MerchantId merchant, String key, String requestHash, Instant now, Instant expiresAt);

  /** The claimed request succeeded with this session. */
  void complete(MerchantId merchant, String key, HppSessionId result);

  /** The claimed request failed without creating anything: the key may be used again. */
  void release(MerchantId merchant, String key);
}
