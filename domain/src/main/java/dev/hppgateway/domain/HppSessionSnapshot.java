package dev.hppgateway.domain;

import java.time.Instant;

/**
 * Every field of an {@link HppSession}, for stores that save and load it. Restoring goes through
 * {@link HppSession#rehydrate}, which re-checks the invariants.
 *
 * @param authorizationExpiresAt when the authorization token stops being kept (its lifetime at the
 *     provider, or the moment the order was placed); a token is erased then and never taken again
 * @param pendingOrder the order the gateway still has to complete at the provider, or null
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
    long version) {

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
