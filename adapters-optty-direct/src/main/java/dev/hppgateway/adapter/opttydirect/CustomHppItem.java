package dev.hppgateway.adapter.opttydirect;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * One order line as Optty's documentation examples show it; {@code price} per unit, major units.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record CustomHppItem(String itemName, String sku, long quantity, BigDecimal price) {}
