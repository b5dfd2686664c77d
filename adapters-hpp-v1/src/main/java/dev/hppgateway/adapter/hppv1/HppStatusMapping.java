package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderObservation;
import java.util.Locale;

/** HPP v1 statuses to the normalized lifecycle (PROVIDERS.md §5). Unknown values never throw. */
final class HppStatusMapping {
  /** The raw status recorded when the API no longer knows the page (404 on read). */
  public static final String NOT_FOUND = "NOT_FOUND";

  private HppStatusMapping() {}

  public static HppStatus normalize(String raw) {
    if (raw == null) {
      return HppStatus.UNKNOWN;
    }
    switch (raw.trim().toUpperCase(Locale.ROOT)) {
      case "WAITING":
        return HppStatus.WAITING;
      case "IN_PROGRESS":
      case "MANUAL_ID_CHECK":
      case "BACK":
        return HppStatus.IN_PROGRESS;
      case "COMPLETED":
        return HppStatus.COMPLETED;
      case "CANCELLED":
        return HppStatus.CANCELLED;
      case "FAILED":
      case "ERROR":
        return HppStatus.FAILED;
      case "DISABLED":
        return HppStatus.DISABLED;
      default:
        return HppStatus.UNKNOWN;
    }
  }

  /** What a read that answered 404 means: the page expired and the provider forgot it. */
  public static ProviderObservation gone() {
    return ProviderObservation.of(HppStatus.EXPIRED, NOT_FOUND);
  }
}
