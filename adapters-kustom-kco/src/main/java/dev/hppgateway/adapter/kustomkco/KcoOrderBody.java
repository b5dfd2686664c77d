package dev.hppgateway.adapter.kustomkco;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hppgateway.adapter.hppv1.OrderLineBody;
import dev.hppgateway.domain.PaymentOrder;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** {@code POST /checkout/v3/orders}: the purchase in minor units and the order's four merchant URLs. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record KcoOrderBody(
    String purchaseCountry,
    String purchaseCurrency,
    String locale,
    long orderAmount,
    long orderTaxAmount,
    List<OrderLineBody> orderLines,
    @JsonProperty("merchant_reference1") String merchantReference1,
    @JsonProperty("merchant_reference2") String merchantReference2,
    OrderUrls merchantUrls) {

  @Serdeable
  record OrderUrls(String terms, String checkout, String confirmation, String push) {}

  static KcoOrderBody of(PaymentOrder order, String merchantReference, String gatewaySessionId, OrderUrls urls) {
    return new KcoOrderBody(order.purchaseCountry(), order.currencyCode(), order.locale(),
        order.amount().minorUnits(), order.taxAmount().minorUnits(), OrderLineBody.of(order),
        merchantReference, gatewaySessionId, urls);
  }
}
