package dev.hppgateway.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How the merchant wants the hosted page to look and behave: the API's {@code options{…}} object,
 * kept as option name to JSON-like value. The core knows no option by name; which options a
 * provider takes, and what their values mean, is the provider's to say ({@link
 * ProviderCapabilities#optionsCheck()}).
 *
 * <p>Values are text, true/false, whole numbers (kept as {@link Long}), lists and objects of such
 * values. Nulls and other types are refused here, with the option's field, so a check never meets
 * them. Objects are kept sorted by key, so equal options print equally (the idempotency hash
 * depends on it). Options hold no secrets, so {@link #toString()} prints them.
 */
public final class PageOptions {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final PageOptions NONE = new PageOptions(Map.of());

  private final Map<String, Object> options;

  private PageOptions(Map<String, Object> options) {
    this.options = options;
  }

  public static PageOptions none() {
    return NONE;
  }

  /** Validates and copies {@code raw}; a null map means no options. */
  public static PageOptions of(Map<String, ?> raw) {
    if (raw == null || raw.isEmpty()) {
      return NONE;
    }
    Map<String, Object> copy = new TreeMap<>();
    raw.forEach(
        (name, value) -> {
          if (name == null || !NAME.matcher(name).matches()) {
            throw new DomainValidationException(
                fieldOf(String.valueOf(name)), "is not an option name (snake_case)");
          }
          copy.put(name, copyOf(value, fieldOf(name)));
        });
    return new PageOptions(Collections.unmodifiableMap(copy));
  }

  /** The API field of an option: {@code options.<name>}. */
  public static String fieldOf(String name) {
    return "options." + name;
  }

  /** Every option, sorted by name; values are immutable. */
  public Map<String, Object> asMap() {
    return options;
  }

  public boolean isEmpty() {
    return options.isEmpty();
  }

  public boolean has(String name) {
    return options.containsKey(name);
  }

  public Optional<Object> value(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** The option as text; another type is a field error. */
  public Optional<String> text(String name) {
    return typed(name, String.class, "must be text");
  }

  public Optional<Boolean> flag(String name) {
    return typed(name, Boolean.class, "must be true or false");
  }

  public Optional<Long> number(String name) {
    return typed(name, Long.class, "must be a whole number");
  }

  @SuppressWarnings("unchecked")
  public Optional<List<Object>> list(String name) {
    return typed(name, List.class, "must be a list").map(v -> (List<Object>) v);
  }

  @SuppressWarnings("unchecked")
  public Optional<Map<String, Object>> object(String name) {
    return typed(name, Map.class, "must be an object").map(v -> (Map<String, Object>) v);
  }

  private <T> Optional<T> typed(String name, Class<T> type, String reason) {
    Object value = options.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!type.isInstance(value)) {
      throw new DomainValidationException(fieldOf(name), reason);
    }
    return Optional.of(type.cast(value));
  }

  private static Object copyOf(Object value, String field) {
    if (value == null) {
      throw new DomainValidationException(field, "must not be null (leave the option out instead)");
    }
    if (value instanceof String text) {
      return StorableText.require(text, field);
    }
    if (value instanceof Boolean || value instanceof Long) {
      return value;
    }
    // JSON readers give Integer for small numbers: one type for whole numbers keeps equals simple.
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(copyOf(list.get(i), field + "[" + i + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new TreeMap<>();
      map.forEach(
          (key, nested) -> {
            if (!(key instanceof String name) || name.isEmpty()) {
              throw new DomainValidationException(field, "object keys must be non-empty text");
            }
            StorableText.require(name, field);
            copy.put(name, copyOf(nested, field + "." + name));
          });
      return Collections.unmodifiableMap(copy);
    }
    throw new DomainValidationException(
        field, "must be text, true/false, a whole number, a list or an object of such values");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PageOptions that && options.equals(that.options);
  }

  @Override
  public int hashCode() {
    return options.hashCode();
  }

  @Override
  public String toString() {
    return "PageOptions" + options;
  }
}
