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

  /**
   * The deepest nesting of objects and arrays a tree is read with. Optty's bodies nest a few
   * levels; the tree reader recurses once per level, so a hostile body nested near the JSON
   * reader's own 1 000-level limit could exhaust a small thread stack (a StackOverflowError instead
   * of a refusal).
   */
  static final int MAX_TREE_DEPTH = 64;

  /**
   * Parses {@code body} as a JSON tree; null when it is not JSON or nests deeper than {@link
   * #MAX_TREE_DEPTH}.
   */
  static JsonNode treeOrNull(byte[] body) {
    if (body == null || nestsDeeperThan(body, MAX_TREE_DEPTH)) {
      return null;
    }
    return readOrNull(body, JsonNode.class);
  }

  /** Whether the JSON text nests objects and arrays deeper than {@code max} (strings skipped). */
  static boolean nestsDeeperThan(byte[] json, int max) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        if (++depth > max) {
          return true;
        }
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
    return false;
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
