package dev.hppgateway.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The kinds of order line the providers accept; a discount's amounts are negative. */
public enum OrderLineType {
  PHYSICAL,
  DISCOUNT,
  SHIPPING_FEE,
  SALES_TAX,
  DIGITAL,
  GIFT_CARD,
  STORE_CREDIT,
  SURCHARGE;

  private static final Map<String, OrderLineType> BY_WIRE_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(OrderLineType::wireName, type -> type));

  private final String wireName = name().toLowerCase(Locale.ROOT);

  public String wireName() {
    return wireName;
  }

  public static OrderLineType fromWireName(String value) {
    Require.present(value, "type");
    OrderLineType type = BY_WIRE_NAME.get(value);
    if (type != null) {
      return type;
    }
    throw new DomainValidationException(
        "type",
        "unknown order line type '"
            + value
            + "'; expected one of physical, discount,"
            + " shipping_fee, sales_tax, digital, gift_card, store_credit, surcharge");
  }

  /** Discounts, gift cards and store credit lower the total, so their amounts are not positive. */
  public boolean reducesTotal() {
    return this == DISCOUNT || this == GIFT_CARD || this == STORE_CREDIT;
  }
}
