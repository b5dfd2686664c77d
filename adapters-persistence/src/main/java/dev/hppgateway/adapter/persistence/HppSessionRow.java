package dev.hppgateway.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * One row of {@code hpp_sessions}: the aggregate flattened into columns, order lines and page
 * options as JSON text. The status callback URL is never stored (a session never holds it).
 */
@MappedEntity("hpp_sessions")
record HppSessionRow(
    @Id String id,
    String merchantId,
    String providerId,
    String merchantReference,
    long amountMinor,
    String currency,
    long taxAmountMinor,
    String orderLines,
    String purchaseCountry,
    String locale,
    @Nullable String successUrl,
    @Nullable String cancelUrl,
    @Nullable String backUrl,
    @Nullable String failureUrl,
    @Nullable String errorUrl,
    String pageOptions,
    @Nullable String shopperEmail,
    @Nullable String shopperPhone,
    @Nullable String shopperPhoneCountry,
    String status,
    String rawStatus,
    String providerSessionId,
    String paymentRef,
    @Nullable String providerPageUrl,
    String redirectUrl,
    @Nullable String qrCodeUrl,
    @Nullable String distributionUrl,
    Instant expiresAt,
    @Nullable String authorizationToken,
    @Nullable String orderId,
    @Nullable Instant authorizationExpiresAt,
    @Nullable Instant orderDeadline,
    int orderAttempts,
    @Nullable Instant orderRetryAt,
    @Nullable String orderLastError,
    @Nullable String callbackSecretHash,
    @Version long version,
    Instant createdAt,
    Instant updatedAt,
    String providerPaymentRefs,
    @Nullable Instant nextCheckAt,
    int checkAttempts,
    long refundedMinor,
    int refundCount) {

  @Override
  public String toString() {
    // The authorization token stays out of logs.
    return "HppSessionRow["
        + id
        + ", merchant="
        + merchantId
        + ", status="
        + status
        + ", version="
        + version
        + "]";
  }
}
