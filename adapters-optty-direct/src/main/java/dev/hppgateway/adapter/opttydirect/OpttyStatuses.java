package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderObservation;
import java.util.Locale;
import java.util.Map;

/**
 * Optty's order statuses on the normalized lifecycle (PROVIDERS.md §4 and §5), matched
 * case-insensitively (docs and webhooks write upper case, Optty's plugin lower case and {@code
 * canceled}). An order's end without payment (CANCELLED/CANCELED, DECLINED, FAILED, ERROR) is not
 * the link's end: the shopper may try again on the same link, so the page is FAILED (retry
 * allowed), never CANCELLED. Only the merchant's cancel of the link reads as CANCELLED ({@link
 * #linkCancelled}). An order partly refunded ({@code PARTIALLY_REFUNDED}, UNVERIFIED: Optty
 * documents no such value, but a provider that refunds in part needs one) is still paid: COMPLETED,
 * so the page stays paid and its paid order can be refunded again. A value not listed is {@link
 * HppStatus#UNKNOWN} with the raw value kept: a new Optty status never crashes a read.
 */
final class OpttyStatuses {
  /** Raw status recorded when Optty has no order for a link yet. */
  static final String NOT_FOUND = "NOT_FOUND";

  /** Raw status recorded when the link's due date passed with no order that can still be paid. */
  private static final Map<String, HppStatus> NORMALIZED =
      Map.ofEntries(
          Map.entry("INITIATED", HppStatus.IN_PROGRESS),
          Map.entry("PENDING", HppStatus.IN_PROGRESS),
          Map.entry("SUCCESSFUL", HppStatus.COMPLETED),
          Map.entry("PAID", HppStatus.COMPLETED),
          Map.entry("CANCELLED", HppStatus.FAILED),
          Map.entry("CANCELED", HppStatus.FAILED),
          Map.entry("DECLINED", HppStatus.FAILED),
          Map.entry("FAILED", HppStatus.FAILED),
          Map.entry("ERROR", HppStatus.FAILED),
          Map.entry("PARTIALLY_REFUNDED", HppStatus.COMPLETED),
          Map.entry("REFUNDED", HppStatus.REFUNDED));

  private OpttyStatuses() {}

  /** An order's status. */
  static HppStatus normalize(String raw) {
    if (raw == null) {
      return HppStatus.UNKNOWN;
    }
    return NORMALIZED.getOrDefault(key(raw), HppStatus.UNKNOWN);
  }

  static ProviderObservation observe(String raw) {
    return ProviderObservation.of(normalize(raw), bounded(raw));
  }

  /** True for the link route's answer that the link itself is cancelled. */
  static boolean linkCancelled(String raw) {
    String key = key(raw);
    return key.equals("CANCELLED") || key.equals("CANCELED");
  }

  /** True for an answer that says money was taken (or given back): the link was paid. */
  static boolean paid(String raw) {
    HppStatus status = normalize(raw);
    return status == HppStatus.COMPLETED || status == HppStatus.REFUNDED;
  }

  static String bounded(String raw) {
    return raw.length() > 255 ? raw.substring(0, 255) : raw;
  }

  private static String key(String raw) {
    return raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
  }
}
