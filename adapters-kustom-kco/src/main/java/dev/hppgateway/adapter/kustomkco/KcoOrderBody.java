package dev.hppgateway.adapter.kustomkco;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.hppgateway.adapter.hppv1.PurchaseBody;
import dev.hppgateway.domain.PaymentOrder;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * {@code POST /checkout/v3/orders}: the purchase in minor units (the same fields a KP payment
 * session takes, at the top level) and the order's four merchant URLs.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record KcoOrderBody(@JsonUnwrapped PurchaseBody purchase, OrderUrls merchantUrls) {

  @Serdeable
  record OrderUrls(String terms, String checkout, String confirmation, String push) {}

  static KcoOrderBody of(
      PaymentOrder order, String merchantReference, String gatewaySessionId, OrderUrls urls) {
    return new KcoOrderBody(PurchaseBody.of(order, merchantReference, gatewaySessionId), urls);
  }
}
