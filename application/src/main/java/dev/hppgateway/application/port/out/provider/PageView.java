package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderRefs;
import dev.hppgateway.domain.Shopper;
import dev.hppgateway.domain.ShopperLinks;
import java.time.Instant;
import java.util.List;

/**
 * A stored page as an adapter sees it: a read-only copy of what it may need to call its provider,
 * never the aggregate (no versions, no callback secret hash, no state-changing methods).
 *
 * @param authorizationToken KP's token once the shopper authorized; a secret, kept out of {@link
 *     #toString()}
 * @param providerPaymentRefs the provider's references of the page's payments (an Optty link's
 *     orders) that callbacks named, oldest first; empty when none is known
 */
public record PageView(
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
    List<String> providerPaymentRefs) {

  public PageView {
    providerPaymentRefs =
        providerPaymentRefs == null ? List.of() : List.copyOf(providerPaymentRefs);
  }

  public static PageView of(HppSession session) {
    return new PageView(
        session.id(),
        session.merchantId(),
        session.providerId(),
        session.merchantReference(),
        session.order(),
        session.merchantUrls(),
        session.options(),
        session.shopper(),
        session.status(),
        session.rawStatus(),
        session.providerRefs(),
        session.links(),
        session.expiresAt(),
        session.authorizationToken(),
        session.orderId(),
        session.providerPaymentRefs());
  }

  @Override
  public String toString() {
    // No authorization token, no URLs (a status-update URL carries the callback secret).
    return "PageView["
        + id
        + ", merchant="
        + merchantId
        + ", provider="
        + providerId
        + ", status="
        + status
        + " ("
        + rawStatus
        + "), refs="
        + providerRefs
        + ", amount="
        + order.amount()
        + "]";
  }
}
