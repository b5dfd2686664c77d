package dev.hppgateway.sandbox.hpp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * An order line as Klarna and Kustom write it: integer minor units, tax rate in hundredths of a
 * percent.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record PurchaseLine(
    @Nullable String type,
    @Nullable String reference,
    String name,
    long quantity,
    long unitPrice,
    @Nullable Long taxRate,
    long totalAmount,
    @Nullable Long totalTaxAmount,
    @Nullable Long totalDiscountAmount) {}
