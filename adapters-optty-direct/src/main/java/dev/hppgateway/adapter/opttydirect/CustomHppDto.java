package dev.hppgateway.adapter.opttydirect;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /custom/hpp} (seed 000). Amounts are decimals in major units with exactly the
 * currency's digits; {@code dueDate} an ISO-8601 instant. {@code items} elements are whatever
 * {@link OpttyItems} produced for the configured encoding (objects or JSON strings).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record CustomHppDto(
    String email,
    String phoneNumber,
    BigDecimal price,
    BigDecimal subTotal,
    BigDecimal taxAmount,
    String currency,
    String description,
    String invoiceNumber,
    String referenceName,
    String dueDate,
    boolean enableTipping,
    List<Object> items,
    Boolean hideTax,
    Boolean emailCustomer,
    String accountCode) {}
