package dev.hppgateway.adapter.persistence;

import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.OrderLineType;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * An order line as stored in {@code hpp_sessions.order_lines}; the domain record stays
 * annotation-free.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record OrderLineJson(
    String type,
    String reference,
    String name,
    long quantity,
    long unitPrice,
    int taxRate,
    long totalAmount,
    long totalDiscountAmount,
    long totalTaxAmount) {

  static OrderLineJson of(OrderLine line) {
    return new OrderLineJson(
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

  OrderLine toDomain() {
    return new OrderLine(
        OrderLineType.fromWireName(type),
        reference,
        name,
        quantity,
        unitPrice,
        taxRate,
        totalAmount,
        totalDiscountAmount,
        totalTaxAmount);
  }
}
