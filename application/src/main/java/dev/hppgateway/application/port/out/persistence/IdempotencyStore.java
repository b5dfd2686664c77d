package dev.hppgateway.application.port.out.persistence;

import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.time.Instant;

/**
 * Remembers {@code Idempotency-Key}s per merchant (24 h), so a retried create returns the first
 * result instead of making a second page. Claiming must be atomic across service instances: two
 * concurrent claims of one key have one winner.
 *
 * <p>A claim belongs to its owner: a token the claimer makes (random, never shared). Only the owner
 * completes or releases it, so a request whose lease lapsed while it worked cannot free, or answer
 * for, a key that another request claimed since.
 */
public interface IdempotencyStore {

  /**
   * Claims the key for a request with this hash.
   *
   * @param owner the claimer's token; {@link #complete} and {@link #release} must name it
   * @param expiresAt when an unfinished claim lapses (a short lease: the instance that claimed the
   *     key may have died), after which the key may be claimed again
   */
  IdempotencyClaim claim(
      MerchantId merchant,
      String key,
      String owner,
      String requestHash,
      Instant now,
      Instant expiresAt);

  /**
   * The claimed request succeeded with this session; the key answers with it until {@code
   * expiresAt}. Only while {@code owner} still holds the unfinished claim.
   *
   * @return false when the claim is no longer {@code owner}'s (its lease lapsed and another request
   *     claimed the key): nothing changed
   */
  boolean complete(
      MerchantId merchant, String key, String owner, HppSessionId result, Instant expiresAt);

  /**
   * The claimed request failed without creating anything: the key may be used again. Only while
   * {@code owner} still holds the unfinished claim.
   *
   * @return false when the claim is no longer {@code owner}'s: nothing changed
   */
  boolean release(MerchantId merchant, String key, String owner);

  /**
   * Deletes up to {@code batchSize} keys that expired before {@code cutoff} (completed keys past
   * their lifetime and unfinished claims whose lease lapsed: both may be claimed anew anyway).
   *
   * @return how many were deleted; fewer than {@code batchSize} means none is left to delete
   */
  int deleteExpiredBefore(Instant cutoff, int batchSize);
}
