package dev.hppgateway.sandbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads request bodies as JSON trees, so each simulator can answer bad input with its provider's
 * own error shape rather than the framework's.
 */
public final class JsonFields {

  private JsonFields() {}

  /** The body as a JSON object, or empty when it is missing, unreadable or not an object. */
  public static Optional<JsonNode> object(JsonMapper mapper, @Nullable String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonNode node = mapper.readValue(body.getBytes(StandardCharsets.UTF_8), JsonNode.class);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  public static boolean present(JsonNode parent, String name) {
    JsonNode node = parent == null ? null : parent.get(name);
    return node != null && !node.isNull();
  }

  @Nullable
  public static JsonNode node(JsonNode parent, String name) {
    JsonNode node = parent == null ? null : parent.get(name);
    return node == null || node.isNull() ? null : node;
  }

  /** The string value, or null when absent or not a string. */
  @Nullable
  public static String text(JsonNode parent, String name) {
    JsonNode node = node(parent, name);
    return node != null && node.isString() ? node.getStringValue() : null;
  }

  /** An integral number (1, not 1.0 nor "1"), or null. */
  @Nullable
  public static Long integer(@Nullable JsonNode node) {
    if (node == null || !node.isNumber()) {
      return null;
    }
    Number number = node.getNumberValue();
    if (number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof Byte) {
      return number.longValue();
    }
    if (number instanceof BigInteger big && big.bitLength() < 63) {
      return big.longValue();
    }
    return null;
  }

  /**
   * Any JSON number as an exact decimal (a double's shortest text form, so 19.99 stays 19.99), or
   * null.
   */
  @Nullable
  public static BigDecimal decimal(@Nullable JsonNode node) {
    if (node == null || !node.isNumber()) {
      return null;
    }
    Number number = node.getNumberValue();
    if (number instanceof BigDecimal exact) {
      return exact;
    }
    try {
      return new BigDecimal(number.toString());
    } catch (NumberFormatException notFinite) {
      return null;
    }
  }
}
