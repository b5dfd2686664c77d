package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.Shopper;
import java.time.Instant;
import java.util.Objects;

/**
 * What an adapter is asked to create: the merchant's validated request plus the gateway's page id,
 * expiry and (for providers that take one per page) the status-update URL among the merchant URLs.
 * Read-only, and without the callback secret's hash the aggregate keeps.
 */
public record PageRequest(
    HppSessionId id,
    MerchantId merchantId,
    ProviderId providerId,
    String merchantReference,
    PaymentOrder order,
    MerchantUrls merchantUrls,
    PageOptions options,
    Shopper shopper,
    Instant expiresAt) {

  public PageRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(merchantId, "merchantId");
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(merchantReference, "merchantReference");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(merchantUrls, "merchantUrls");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(shopper, "shopper");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public static PageRequest of(HppSessionDraft draft) {
    return new PageRequest(
        draft.id(),
        draft.merchantId(),
        draft.providerId(),
        draft.merchantReference(),
        draft.order(),
        draft.merchantUrls(),
        draft.options(),
        draft.shopper(),
        draft.expiresAt());
  }

  @Override
  public String toString() {
    // The status-update URL carries the callback secret: keep the URLs out of logs.
    return "PageRequest["
        + id
        + ", merchant="
        + merchantId
        + ", provider="
        + providerId
        + ", reference="
        + merchantReference
        + ", amount="
        + order.amount()
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
