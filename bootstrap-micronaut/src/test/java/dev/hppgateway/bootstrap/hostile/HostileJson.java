package dev.hppgateway.bootstrap.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds create bodies as raw JSON text: a valid Klarna body as a tree whose leaves are JSON
 * fragments, so a test can put any fragment (a wrong type, {@code 1e400}, a lone-surrogate escape,
 * a 200-deep array) at any field and send exactly that text.
 */
final class HostileJson {
  /** A JSON fragment written as is. */
  record Raw(String json) {}

  /** Every field path of {@link #validBody} ({@code order_lines.0.name} style). */
  static final List<String> PATHS =
      List.of(
          "provider",
          "merchant_reference",
          "purchase_country",
          "currency",
          "locale",
          "amount",
          "tax_amount",
          "order_lines",
          "order_lines.0",
          "order_lines.0.type",
          "order_lines.0.reference",
          "order_lines.0.name",
          "order_lines.0.quantity",
          "order_lines.0.unit_price",
          "order_lines.0.tax_rate",
          "order_lines.0.total_amount",
          "order_lines.0.total_tax_amount",
          "order_lines.0.total_discount_amount",
          "customer",
          "customer.email",
          "customer.phone",
          "customer.phone_country",
          "merchant_urls",
          "merchant_urls.success",
          "merchant_urls.cancel",
          "merchant_urls.failure",
          "options",
          "options.page_title",
          "expires_at");

  private HostileJson() {}

  /** A valid KP create body (201 in the sandbox) as a mutable tree. */
  static Map<String, Object> validBody(String merchantReference) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", string("physical"));
    line.put("reference", string("sku-1"));
    line.put("name", string("T-shirt"));
    line.put("quantity", new Raw("1"));
    line.put("unit_price", new Raw("10000"));
    line.put("tax_rate", new Raw("2500"));
    line.put("total_amount", new Raw("10000"));
    line.put("total_tax_amount", new Raw("2000"));
    line.put("total_discount_amount", new Raw("0"));
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("email", string("ann@example.com"));
    customer.put("phone", string("+46701234567"));
    customer.put("phone_country", string("SE"));
    Map<String, Object> urls = new LinkedHashMap<>();
    urls.put("success", string("https://shop.example/ok?sid={{session_id}}"));
    urls.put("cancel", string("https://shop.example/cancel"));
    urls.put("failure", string("https://shop.example/failed?sid={{session_id}}"));
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("page_title", string("Winter sale"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("provider", string("klarna-kp"));
    body.put("merchant_reference", string(merchantReference));
    body.put("purchase_country", string("SE"));
    body.put("currency", string("SEK"));
    body.put("locale", string("sv-SE"));
    body.put("amount", new Raw("10000"));
    body.put("tax_amount", new Raw("2000"));
    body.put("order_lines", new ArrayList<>(List.of(line)));
    body.put("customer", customer);
    body.put("merchant_urls", urls);
    body.put("options", options);
    return body;
  }

  /**
   * Puts {@code value} at {@code path} (replacing or adding the last step); {@code null} removes
   * it. Does nothing when an earlier mutation already replaced a step of the path.
   */
  @SuppressWarnings("unchecked")
  static void set(Map<String, Object> body, String path, Object value) {
    String[] steps = path.split("\\.");
    Object node = body;
    for (int i = 0; i < steps.length - 1 && node != null; i++) {
      node = step(node, steps[i]);
    }
    String last = steps[steps.length - 1];
    if (node instanceof Map<?, ?> map) {
      if (value == null) {
        map.remove(last);
      } else {
        ((Map<String, Object>) map).put(last, value);
      }
    } else if (node instanceof List<?> list && Integer.parseInt(last) < list.size()) {
      if (value == null) {
        list.remove(Integer.parseInt(last));
      } else {
        ((List<Object>) list).set(Integer.parseInt(last), value);
      }
    }
  }

  private static Object step(Object node, String step) {
    if (node instanceof Map<?, ?> map) {
      return map.get(step);
    }
    if (node instanceof List<?> list && Integer.parseInt(step) < list.size()) {
      return list.get(Integer.parseInt(step));
    }
    return null;
  }

  /** The JSON text of a tree of maps, lists, {@link Raw} fragments and strings. */
  static String write(Object node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(Object node, StringBuilder out) {
    if (node instanceof Raw raw) {
      out.append(raw.json());
    } else if (node instanceof String text) {
      out.append(string(text).json());
    } else if (node instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        out.append(string(String.valueOf(entry.getKey())).json()).append(':');
        write(entry.getValue(), out);
      }
      out.append('}');
    } else if (node instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      out.append(node);
    }
  }

  /**
   * A JSON string of any Java string: quotes, backslashes, control characters and every surrogate
   * (paired or lone) escaped as {@code \\uXXXX}, so a lone surrogate reaches the server as the
   * escape JSON allows rather than as a replacement character.
   */
  static Raw string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return new Raw(out.append('"').toString());
  }

  /** {@code depth} nested arrays around {@code 1}. */
  static Raw nestedArrays(int depth) {
    return new Raw("[".repeat(depth) + "1" + "]".repeat(depth));
  }

  /** {@code depth} nested objects {@code {"a":{"a":…1…}}}. */
  static Raw nestedObjects(int depth) {
    return new Raw("{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
  }
}
