package dev.hppgateway.application.port.out.persistence;

import dev.hppgateway.domain.HppSessionId;

/** The answer to {@link IdempotencyStore#claim}. */
public sealed interface IdempotencyClaim {

  /** The key is new (or expired): go ahead. */
  record Claimed() implements IdempotencyClaim {}

  /** The same request ran before and created this session. */
  record Completed(HppSessionId sessionId) implements IdempotencyClaim {}

  /** The same request is running right now elsewhere. */
  record InProgress() implements IdempotencyClaim {}

  /** The key was used for a different request body. */
  record Mismatch() implements IdempotencyClaim {}
}
