package dev.hppgateway.adapter.hppv1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.PaymentOrder;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * One {@code order_lines[]} entry as KP sessions, KP orders and KCO orders all take it: amounts in
 * integer minor units, tax rate in hundredths of a percent.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrderLineBody(
    String type,
    String reference,
    String name,
    long quantity,
    long unitPrice,
    int taxRate,
    long totalAmount,
    long totalDiscountAmount,
    long totalTaxAmount) {

  public static OrderLineBody of(OrderLine line) {
    return new OrderLineBody(
        line.type().wireName(),
        line.reference(),
        line.name(),
        line.quantity(),
        line.unitPrice(),
        line.taxRate(),
        line.totalAmount(),
        line.totalDiscountAmount(),
        line.totalTaxAmount());
  }

  public static List<OrderLineBody> of(PaymentOrder order) {
    return order.lines().stream().map(OrderLineBody::of).toList();
  }
}
