package dev.hppgateway.adapter.kustomkco;

import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Recognizes a KCO push: callback path {@code /push?order_id=…}, empty body. */
final class PushCallback {
  private PushCallback() {}

  /** The pushed order id, or empty when the path is not a push. */
  static Optional<String> orderId(String path) {
    int query = path.indexOf('?');
    String route = query < 0 ? path : path.substring(0, query);
    while (route.endsWith("/")) {
      route = route.substring(0, route.length() - 1);
    }
    if (!route.equals("/push")) {
      return Optional.empty();
    }
    String queryString = query < 0 ? "" : path.substring(query + 1);
    for (String pair : queryString.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals("order_id")) {
        String value = decode(pair.substring(eq + 1));
        if (!value.isBlank() && !value.equals(KcoOrderUrls.KCO_ORDER_ID)) {
          return Optional.of(value);
        }
      }
    }
    throw new ProviderMalformedAnswerException(
        KustomKcoPaymentProvider.ID, "push callback without an order_id", null, null);
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ProviderMalformedAnswerException(
          KustomKcoPaymentProvider.ID, "push callback with a badly encoded order_id", null, null);
    }
  }
}
