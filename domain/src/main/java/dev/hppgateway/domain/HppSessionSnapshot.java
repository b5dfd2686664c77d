package dev.hppgateway.domain;

import java.time.Instant;
import java.util.List;

/**
 * Every field of an {@link HppSession}, for stores that save and load it. Restoring goes through
 * {@link HppSession#rehydrate}, which re-checks the invariants.
 *
 * @param providerPaymentRefs the provider's references of the payments (orders) the page produced,
 *     oldest first, as callbacks named them; empty when none is known
 * @param nextCheckAt with {@code checkAttempts}, the sweep's persisted backoff (null and 0 when
 *     never put off)
 * @param authorizationExpiresAt when the authorization token stops being kept (its lifetime at the
 *     provider, or the moment the order was placed); a token is erased then and never taken again
 * @param pendingOrder the order the gateway still has to complete at the provider, or null
 * @param refundedAmount what the gateway's refunds (or the provider's word that the page is
 *     refunded) gave back so far, in the page's currency; null reads as nothing
 * @param refundCount how many refunds the gateway recorded; the next one is number {@code
 *     refundCount + 1}
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
    Instant authorizationExpiresAt,
    PendingOrder pendingOrder,
    String callbackSecretHash,
    Instant createdAt,
    Instant updatedAt,
    long version,
    List<String> providerPaymentRefs,
    Instant nextCheckAt,
    int checkAttempts,
    Money refundedAmount,
    int refundCount) {

  public HppSessionSnapshot {
    providerPaymentRefs =
        providerPaymentRefs == null ? List.of() : List.copyOf(providerPaymentRefs);
  }

  /** A snapshot of a page the gateway made no refund of. */
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
      Instant authorizationExpiresAt,
      PendingOrder pendingOrder,
      String callbackSecretHash,
      Instant createdAt,
      Instant updatedAt,
      long version,
      List<String> providerPaymentRefs,
      Instant nextCheckAt,
      int checkAttempts) {
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
        authorizationExpiresAt,
        pendingOrder,
        callbackSecretHash,
        createdAt,
        updatedAt,
        version,
        providerPaymentRefs,
        nextCheckAt,
        checkAttempts,
        null,
        0);
  }

  /**
   * A snapshot without a token lifetime, pending order, provider payment references or
   * reconciliation backoff.
   */
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
        null,
        null,
        callbackSecretHash,
        createdAt,
        updatedAt,
        version,
        List.of(),
        null,
        0,
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
