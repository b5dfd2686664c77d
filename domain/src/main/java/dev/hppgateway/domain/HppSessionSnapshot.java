package dev.hppgateway.domain;

import java.time.Instant;

/**
 * Every field of an {@link HppSession}, for stores that save and load it. Restoring goes through
 * {@link HppSession#rehydrate}, which re-checks the invariants. {@code nextCheckAt} and {@code
 * checkAttempts} are the sweep's persisted backoff (null and 0 when never put off).
 */
public record HppSessionSnapshot(
    HppSessionId id,
    MerchantId merchantId,
    ProviderId providerId,
    String merchantReference,
    PaymentOrder order,
    MerchantUrls merchantUrls,
    PageOptions options,
    Shopper shopper,
    HppStatus status,
    String rawStatus,
    ProviderRefs providerRefs,
    ShopperLinks links,
    Instant expiresAt,
    String authorizationToken,
    String orderId,
    String callbackSecretHash,
    Instant createdAt,
    Instant updatedAt,
    long version,
    Instant nextCheckAt,
    int checkAttempts) {

  /** A snapshot with no reconciliation backoff (never put off). */
  public HppSessionSnapshot(
      HppSessionId id,
      MerchantId merchantId,
      ProviderId providerId,
      String merchantReference,
      PaymentOrder order,
      MerchantUrls merchantUrls,
      PageOptions options,
      Shopper shopper,
      HppStatus status,
      String rawStatus,
      ProviderRefs providerRefs,
      ShopperLinks links,
      Instant expiresAt,
      String authorizationToken,
      String orderId,
      String callbackSecretHash,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this(
        id,
        merchantId,
        providerId,
        merchantReference,
        order,
        merchantUrls,
        options,
        shopper,
        status,
        rawStatus,
        providerRefs,
        links,
        expiresAt,
        authorizationToken,
        orderId,
        callbackSecretHash,
        createdAt,
        updatedAt,
        version,
        null,
        0);
  }

  @Override
  public String toString() {
    // No authorization token, no callback secret hash: this string may reach a log.
    return "HppSessionSnapshot["
        + id
        + ", merchant="
        + merchantId
        + ", provider="
        + providerId
        + ", status="
        + status
        + " ("
        + rawStatus
        + "), version="
        + version
        + "]";
  }
}
