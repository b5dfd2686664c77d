package dev.hppgateway.sandbox.hpp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** Wire answers of the simulated HPP v1 API. */
final class HppViews {

  private HppViews() {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  record Created(
      String sessionId,
      String sessionUrl,
      String redirectUrl,
      String qrCodeUrl,
      String distributionUrl,
      String expiresAt,
      DistributionModule distributionModule,
      @Nullable String manualIdentificationCheckUrl) {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  record DistributionModule(String token, String standaloneUrl, String generationUrl) {}

  /** GET answer, also the {@code session} of a status callback. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  record Session(
      String sessionId,
      String status,
      String updatedAt,
      String expiresAt,
      @Nullable String authorizationToken,
      @Nullable String orderId,
      @Nullable String klarnaReference) {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  record StatusCallback(String eventId, Session session) {}
}
