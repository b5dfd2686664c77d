package dev.hppgateway.adapter.hppv1;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The 201 answer to {@code POST /hpp/v1/sessions}; Kustom adds the manual id check URL. */
@Serdeable(naming = SnakeCaseStrategy.class)
record CreatedHppSessionAnswer(
    String sessionId,
    String sessionUrl,
    String redirectUrl,
    String qrCodeUrl,
    String distributionUrl,
    String expiresAt,
    DistributionModuleAnswer distributionModule,
    String manualIdentificationCheckUrl) {

  @Serdeable(naming = SnakeCaseStrategy.class)
  record DistributionModuleAnswer(String token, String standaloneUrl, String generationUrl) {}
}
