package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderObservation;
import java.util.Locale;
import java.util.Map;

/**
 * Optty's order statuses on the normalized lifecycle (PROVIDERS.md §5). A value not listed is
 * {@link HppStatus#UNKNOWN} with the raw value kept: a new Optty status never crashes a read.
 */
final class OpttyStatuses {
  /** Raw status recorded when Optty has no order for a link yet. */
  static final String NOT_FOUND = "NOT_FOUND";

  private static final Map<String, HppStatus> NORMALIZED =
      Map.of(
          "INITIATED", HppStatus.IN_PROGRESS,
          "PENDING", HppStatus.IN_PROGRESS,
          "SUCCESSFUL", HppStatus.COMPLETED,
          "PAID", HppStatus.COMPLETED,
          "CANCELLED", HppStatus.CANCELLED,
          "DECLINED", HppStatus.FAILED,
          "ERROR", HppStatus.FAILED,
          "REFUNDED", HppStatus.REFUNDED);

  private OpttyStatuses() {}

  static HppStatus normalize(String raw) {
    if (raw == null) {
      return HppStatus.UNKNOWN;
    }
    return NORMALIZED.getOrDefault(raw.trim().toUpperCase(Locale.ROOT), HppStatus.UNKNOWN);
  }

  static ProviderObservation observe(String raw) {
    return ProviderObservation.of(normalize(raw), raw.length() > 255 ? raw.substring(0, 255) : raw);
  }
}
