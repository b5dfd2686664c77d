package dev.hppgateway.adapter.klarnakp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hppgateway.adapter.hppv1.OrderLineBody;
import dev.hppgateway.domain.PaymentOrder;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * The purchase as {@code POST /payments/v1/sessions} takes it, and as placing the order repeats
 * it. Amounts in minor units.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record KpPurchaseBody(
    String purchaseCountry,
    String purchaseCurrency,
    String locale,
    long orderAmount,
    long orderTaxAmount,
    List<OrderLineBody> orderLines,
    @JsonProperty("merchant_reference1") String merchantReference1,
    @JsonProperty("merchant_reference2") String merchantReference2) {

  static KpPurchaseBody of(PaymentOrder order, String merchantReference, String gatewaySessionId) {
    return new KpPurchaseBody(order.purchaseCountry(), order.currencyCode(), order.locale(),
        order.amount().minorUnits(), order.taxAmount().minorUnits(), OrderLineBody.of(order),
        merchantReference, gatewaySessionId);
  }
}
