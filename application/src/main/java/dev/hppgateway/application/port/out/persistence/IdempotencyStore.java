package dev.hppgateway.application.port.out.persistence;

import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.time.Instant;

/**
 * Remembers {@code Idempotency-Key}s per merchant (24 h), so a retried create returns the first
 * result instead of making a second page. Claiming must be atomic across service instances: two
 * concurrent claims of one key have one winner.
 */
public interface IdempotencyStore {

  /**
   * Claims the key for a request with this hash.
   *
   * @param expiresAt when an unfinished claim lapses (a short lease: the instance that claimed the
   *     key may have died), after which the key may be claimed again
   */
  IdempotencyClaim claim(
      MerchantId merchant, String key, String requestHash, Instant now, Instant expiresAt);

  /**
   * The claimed request succeeded with this session; the key answers with it until {@code
   * expiresAt}.
   */
  void complete(MerchantId merchant, String key, HppSessionId result, Instant expiresAt);

  /** The claimed request failed without creating anything: the key may be used again. */
  void release(MerchantId merchant, String key);
}
