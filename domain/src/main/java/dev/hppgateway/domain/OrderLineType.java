package dev.hppgateway.domain;

import java.util.Locale;

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

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static OrderLineType fromWireName(String value) {
    Require.present(value, "type");
    for (OrderLineType type : values()) {
      if (type.wireName().equals(value)) {
        return type;
      }
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
