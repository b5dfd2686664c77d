package dev.hppgateway.adapter.hppv1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hppgateway.domain.PaymentOrder;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * The purchase as KP payment sessions, KP orders and KCO orders all take it: amounts in integer
 * minor units, the merchant's reference first and the gateway's session id second. A KCO order adds
 * its merchant URLs around it ({@code @JsonUnwrapped}).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PurchaseBody(
    String purchaseCountry,
    String purchaseCurrency,
    String locale,
    long orderAmount,
    long orderTaxAmount,
    List<OrderLineBody> orderLines,
    @JsonProperty("merchant_reference1") String merchantReference1,
    @JsonProperty("merchant_reference2") String merchantReference2) {

  public static PurchaseBody of(
      PaymentOrder order, String merchantReference, String gatewaySessionId) {
    return new PurchaseBody(
        order.purchaseCountry(),
        order.currencyCode(),
        order.locale(),
        order.amount().minorUnits(),
        order.taxAmount().minorUnits(),
        OrderLineBody.of(order),
        merchantReference,
        gatewaySessionId);
  }
}
