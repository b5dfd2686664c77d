package dev.hppgateway.adapter.hppv1;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * {@code GET /hpp/v1/sessions/{id}}, and the {@code session} object of a status callback. Only the
 * fields the gateway uses; the API sends more, which are ignored.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record HppSessionAnswer(
    String sessionId,
    String status,
    String authorizationToken,
    String orderId,
    String klarnaReference,
    String expiresAt) {

  @Override
  public String toString() {
    return "HppSessionAnswer[" + sessionId + ", status=" + status + "]";
  }
}
