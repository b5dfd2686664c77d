package dev.hppgateway.domain;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Guard clauses shared by the self-validating records; each throws {@link
 * DomainValidationException}.
 */
final class Require {
  private Require() {}

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new DomainValidationException(field, "is required");
    }
    return value;
  }

  static String text(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new DomainValidationException(field, "is required and must not be blank");
    }
    if (value.length() > maxLength) {
      throw new DomainValidationException(field, "must be at most " + maxLength + " characters");
    }
    return StorableText.require(value, field);
  }

  static String optionalText(String value, String field, int maxLength) {
    if (value == null) {
      return null;
    }
    return text(value, field, maxLength);
  }

  static void that(boolean condition, String field, String reason) {
    if (!condition) {
      throw new DomainValidationException(field, reason);
    }
  }

  /**
   * {@link #that(boolean, String, String)} with a reason built only when the condition fails: for
   * reasons that quote values, on paths every request takes.
   */
  static void that(boolean condition, String field, Supplier<String> reason) {
    if (!condition) {
      throw new DomainValidationException(field, reason.get());
    }
  }

  static <T> T nonNull(T value, String name) {
    return Objects.requireNonNull(value, name);
  }
}
