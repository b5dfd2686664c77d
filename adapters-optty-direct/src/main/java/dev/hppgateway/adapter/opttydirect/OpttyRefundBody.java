package dev.hppgateway.adapter.opttydirect;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * Body of {@code POST /orders/{orderReference}/refund} (verified in Optty's WooCommerce plugin,
 * {@code class-refund.php}): the amount in major units, a description and the merchant's refund
 * reference, kept stable across retries so a retried refund is not paid twice.
 */
@Serdeable
record OpttyRefundBody(
    RefundAmount refundAmount, String refundDescription, String refundReference) {

  @Serdeable
  record RefundAmount(BigDecimal amount, String currency) {}
}
