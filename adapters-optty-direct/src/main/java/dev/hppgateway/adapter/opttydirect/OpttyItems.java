package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.PaymentOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that knows how order lines become {@code CustomHppDto.items}: Optty's schema says
 * strings, its examples send objects, so the shape is chosen by {@link
 * OpttyDirectConfig.ItemEncoding}.
 */
final class OpttyItems {
  private final OpttyDirectConfig.ItemEncoding encoding;

  OpttyItems(OpttyDirectConfig.ItemEncoding encoding) {
    this.encoding = encoding;
  }

  List<Object> encode(PaymentOrder order) {
    List<Object> items = new ArrayList<>(order.lines().size());
    for (OrderLine line : order.lines()) {
      CustomHppItem item =
          new CustomHppItem(
              line.name(),
              line.reference(),
              line.quantity(),
              new Money(line.unitPrice(), order.amount().currency()).toMajorUnits());
      items.add(
          encoding == OpttyDirectConfig.ItemEncoding.JSON_STRINGS
              ? OpttyJson.writeString(item)
              : item);
    }
    return items;
  }
}
