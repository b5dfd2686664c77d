package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.Times;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;
import java.util.Map;

/** Wire answers of the simulated Kustom Checkout and order-management APIs. */
final class KcoViews {

  private KcoViews() {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  record Order(
      String orderId,
      String status,
      String purchaseCountry,
      String purchaseCurrency,
      String locale,
      long orderAmount,
      long orderTaxAmount,
      List<PurchaseLine> orderLines,
      Map<String, String> merchantUrls,
      String htmlSnippet,
      String startedAt,
      String lastModifiedAt,
      @Nullable String completedAt,
      String expiresAt,
      @Nullable String merchantReference1,
      @Nullable String merchantReference2) {

    static Order of(KcoOrder order) {
      Purchase p = order.purchase;
      String snippet =
          "<div id=\"kco-sandbox-container\" data-order-id=\""
              + order.id
              + "\">Kustom Checkout sandbox: open the HPP session's redirect_url to pay.</div>";
      return new Order(
          order.id,
          order.status(),
          p.purchaseCountry(),
          p.purchaseCurrency(),
          p.locale(),
          p.orderAmount(),
          p.orderTaxAmount(),
          p.orderLines(),
          order.merchantUrls,
          snippet,
          Times.iso(order.createdAt),
          Times.iso(order.lastModifiedAt()),
          Times.iso(order.completedAt()),
          Times.iso(order.expiresAt),
          p.merchantReference1(),
          p.merchantReference2());
    }
  }

  @Serdeable(naming = SnakeCaseStrategy.class)
  record ManagedOrder(
      String orderId,
      String status,
      String klarnaReference,
      String purchaseCurrency,
      long orderAmount,
      long originalOrderAmount,
      long capturedAmount,
      long refundedAmount,
      List<PurchaseLine> orderLines,
      String createdAt,
      boolean acknowledged) {

    static ManagedOrder of(KcoOrder order) {
      Purchase p = order.purchase;
      return new ManagedOrder(
          order.id,
          "AUTHORIZED",
          order.klarnaReference(),
          p.purchaseCurrency(),
          p.orderAmount(),
          p.orderAmount(),
          0,
          0,
          p.orderLines(),
          Times.iso(order.completedAt()),
          order.acknowledged());
    }
  }
}
