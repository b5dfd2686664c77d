package dev.hppgateway.adapter.opttydirect;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON trees for the parts of Optty's bodies read field by field (webhooks, orders, errors), and
 * items sent as JSON strings; calls encode and decode through the provider HTTP client. Through
 * Micronaut Serialization without an ApplicationContext: {@code ObjectMapper.getDefault()} builds
 * serde's own small bean context once, which finds the {@code @Serdeable} records of this package
 * through their compile-time introspections.
 */
final class OpttyJson {
  private static final ObjectMapper MAPPER = ObjectMapper.getDefault();

  private OpttyJson() {}

  static String writeString(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  /** Reads {@code body} as {@code type}; null on any parse or binding failure. */
  private static <T> T readOrNull(byte[] body, Class<T> type) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return MAPPER.readValue(body, type);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Parses {@code body} as a JSON tree; null when it is not JSON. */
  static JsonNode treeOrNull(byte[] body) {
    return readOrNull(body, JsonNode.class);
  }

  /** The text of a string or number field, null when absent, null or of another shape. */
  static String text(JsonNode node, String field) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isString()) {
      return value.getStringValue();
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.coerceStringValue();
    }
    return null;
  }
}
