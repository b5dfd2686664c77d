package dev.hppgateway.bootstrap.api;

import dev.hppgateway.domain.HppSession;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A hosted payment page as the API shows it. */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(name = "HppSession")
public record HppSessionResponse(
    String id,
    String provider,
    String status,
    @Nullable String providerStatus,
    String merchantReference,
    String currency,
    long amount,
    long taxAmount,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description =
                "What the page's refunds gave back so far, in minor units (amount once REFUNDED)")
        long refundedAmount,
    String redirectUrl,
    @Nullable String qrCodeUrl,
    @Nullable String distribution,
    Instant expiresAt,
    Instant createdAt,
    Instant updatedAt,
    ProviderReferences providerReferences) {

  /** The provider's own ids for the page and the payment, and the order placed, if any. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @Schema(name = "ProviderReferences")
  public record ProviderReferences(
      String sessionId,
      String paymentRef,
      @Nullable String orderId,
      @Nullable List<String> paymentRefs) {}

  public static HppSessionResponse of(HppSession session) {
    return new HppSessionResponse(
        session.id().value(),
        session.providerId().value(),
        session.status().name(),
        session.rawStatus(),
        session.merchantReference(),
        session.order().currencyCode(),
        session.order().amount().minorUnits(),
        session.order().taxAmount().minorUnits(),
        session.refundedAmount().minorUnits(),
        session.links().redirectUrl(),
        session.links().qrCodeUrl(),
        session.links().distributionUrl(),
        session.expiresAt(),
        session.createdAt(),
        session.updatedAt(),
        new ProviderReferences(
            session.providerRefs().hppSessionId(),
            session.providerRefs().paymentRef(),
            session.orderId(),
            session.providerPaymentRefs().isEmpty() ? null : session.providerPaymentRefs()));
  }
}
