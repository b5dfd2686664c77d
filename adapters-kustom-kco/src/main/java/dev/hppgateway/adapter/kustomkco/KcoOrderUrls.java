package dev.hppgateway.adapter.kustomkco;

import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.Placeholder;
import dev.hppgateway.domain.UrlKind;
import dev.hppgateway.domain.UrlTemplate;
import java.util.Optional;

/**
 * Derives a KCO order's merchant URLs from the page's. KCO fills {@code {checkout.order.id}}, not
 * the HPP's {@code {{order_id}}}; it knows nothing of the HPP session, so a URL holding {@code
 * {{session_id}}} cannot serve and the configured default is used instead.
 */
final class KcoOrderUrls {
  /** KCO's own placeholder for the order id (Klarna Checkout v3 convention). */
  static final String KCO_ORDER_ID = "{checkout.order.id}";

  private KcoOrderUrls() {}

  static KcoOrderBody.OrderUrls of(MerchantUrls urls, KustomKcoConfig config) {
    String statusUpdate =
        urls.get(UrlKind.STATUS_UPDATE)
            .map(UrlTemplate::raw)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "kustom-kco needs the gateway's status_update URL to derive the push URL"));
    return new KcoOrderBody.OrderUrls(
        config.termsUrl(),
        forKco(urls.get(UrlKind.BACK)).orElse(config.defaultCheckoutUrl()),
        forKco(urls.get(UrlKind.SUCCESS)).orElse(config.defaultConfirmationUrl()),
        push(statusUpdate));
  }

  /** The gateway's callback URL + {@code /push?order_id={checkout.order.id}}. */
  static String push(String statusUpdate) {
    int query = statusUpdate.indexOf('?');
    String path = query < 0 ? statusUpdate : statusUpdate.substring(0, query);
    String rest = query < 0 ? "" : "&" + statusUpdate.substring(query + 1);
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path + "/push?order_id=" + KCO_ORDER_ID + rest;
  }

  private static Optional<String> forKco(Optional<UrlTemplate> url) {
    return url.filter(
            u ->
                !u.contains(Placeholder.SESSION_ID) && !u.contains(Placeholder.AUTHORIZATION_TOKEN))
        .map(u -> u.raw().replace(Placeholder.ORDER_ID.literal(), KCO_ORDER_ID));
  }
}
