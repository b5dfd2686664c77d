package dev.hppgateway.bootstrap.api;

import dev.hppgateway.domain.DomainValidationException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads the list's {@code created[gte]} and {@code created[lt]} filters, RFC 3339 instants. */
final class CreationWindow {
  private CreationWindow() {}

  /**
   * The instant a filter names, or null when it is absent.
   *
   * @param field the query parameter, named in the 400 problem
   * @param value the parameter as received; an offset's '+' sent unencoded arrives as a space
   * @throws DomainValidationException when it is no date-time with an offset
   */
  static Instant instant(String field, String value) {
    if (value == null) {
      return null;
    }
    String text = value.strip().replace(' ', '+').toUpperCase(Locale.ROOT);
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new DomainValidationException(
          field, "must be an RFC 3339 date-time with an offset, e.g. 2026-11-23T12:00:00Z");
    }
  }

  /**
   * Refuses a window that ends before or where it starts.
   *
   * @param fromField the lower bound's parameter, named in the 400 problem
   * @param from the lower bound (inclusive), or null
   * @param beforeField the upper bound's parameter
   * @param before the upper bound (exclusive), or null
   */
  static void requireOrdered(String fromField, Instant from, String beforeField, Instant before) {
    if (from != null && before != null && !from.isBefore(before)) {
      throw new DomainValidationException(fromField, "must be before " + beforeField);
    }
  }
}
