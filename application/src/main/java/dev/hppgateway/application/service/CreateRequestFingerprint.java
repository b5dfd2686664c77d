package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.Shopper;
import dev.hppgateway.domain.UrlKind;
import dev.hppgateway.domain.UrlTemplate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Idempotency-Key's request hash: SHA-256 over an explicit canonical form of a create request,
 * every field written by name, in a fixed order, each value length-prefixed so no two different
 * requests can write the same text. It does not rely on any {@code toString()}, which may change or
 * hide fields. The key itself is left out: it names the request, it is not part of it.
 */
final class CreateRequestFingerprint {
  private final StringBuilder out = new StringBuilder(512);

  private CreateRequestFingerprint() {}

  static String of(CreateHppSessionCommand command) {
    CreateRequestFingerprint f = new CreateRequestFingerprint();
    f.field("merchant_id", command.merchantId().value());
    f.field("provider", command.provider().value());
    f.field("merchant_reference", command.merchantReference());
    f.order(command.order());
    for (UrlKind kind : UrlKind.values()) {
      f.field(
          "merchant_urls." + kind.name(),
          command.merchantUrls().get(kind).map(UrlTemplate::raw).orElse(null));
    }
    f.value("options", command.options().asMap());
    Shopper shopper = command.shopper();
    f.field("shopper.email", shopper.email());
    f.field("shopper.phone", shopper.phone());
    f.field("shopper.phone_country", shopper.phoneCountry());
    f.field(
        "expires_at",
        Optional.ofNullable(command.requestedExpiry()).map(Object::toString).orElse(null));
    return sha256(f.out.toString());
  }

  private void order(PaymentOrder order) {
    money("amount", order.amount());
    money("tax_amount", order.taxAmount());
    field("purchase_country", order.purchaseCountry());
    field("locale", order.locale());
    List<OrderLine> lines = order.lines();
    field("order_lines.size", Integer.toString(lines.size()));
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      String p = "order_lines[" + i + "].";
      field(p + "type", line.type().name());
      field(p + "reference", line.reference());
      field(p + "name", line.name());
      field(p + "quantity", Long.toString(line.quantity()));
      field(p + "unit_price", Long.toString(line.unitPrice()));
      field(p + "tax_rate", Integer.toString(line.taxRate()));
      field(p + "total_amount", Long.toString(line.totalAmount()));
      field(p + "total_discount_amount", Long.toString(line.totalDiscountAmount()));
      field(p + "total_tax_amount", Long.toString(line.totalTaxAmount()));
    }
  }

  private void money(String name, Money money) {
    field(name, money.minorUnits() + " " + money.currencyCode());
  }

  /** A JSON-like value: text, number, boolean, list or map (maps in key order). */
  private void value(String name, Object value) {
    if (value instanceof Map<?, ?> map) {
      field(name + "{}", Integer.toString(map.size()));
      new TreeMap<>(map).forEach((key, item) -> value(name + "." + key, item));
    } else if (value instanceof List<?> list) {
      field(name + "[]", Integer.toString(list.size()));
      for (int i = 0; i < list.size(); i++) {
        value(name + "[" + i + "]", list.get(i));
      }
    } else {
      field(name, value == null ? null : value.getClass().getSimpleName() + ":" + value);
    }
  }

  /** {@code name=<length>:<text>;} or {@code name=null;}: unambiguous whatever the text holds. */
  private void field(String name, String text) {
    out.append(name).append('=');
    if (text == null) {
      out.append("null");
    } else {
      out.append(text.length()).append(':').append(text);
    }
    out.append(';');
  }

  private static String sha256(String canonical) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
