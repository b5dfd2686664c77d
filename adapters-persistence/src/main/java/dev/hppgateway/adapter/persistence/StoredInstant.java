package dev.hppgateway.adapter.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the databases keep them. PostgreSQL and H2 hold microseconds (PostgreSQL rounds finer
 * digits, possibly upwards); cutting them here first makes what is read back, and every comparison
 * with a stored time, exact and the same on both.
 */
final class StoredInstant {
  private StoredInstant() {}

  static Instant of(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }
}
