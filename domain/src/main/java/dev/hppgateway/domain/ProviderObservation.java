package dev.hppgateway.domain;

/**
 * What a provider says a page's status is, read from its API (never straight from an unsigned
 * callback). {@code normalized} is the adapter's mapping of {@code raw}; unknown raw values map to
 * {@link HppStatus#UNKNOWN}. Outcome refs are present once the shopper finished.
 */
public record ProviderObservation(
    HppStatus normalized, String raw, String authorizationToken, String orderId) {

  public ProviderObservation {
    Require.nonNull(normalized, "normalized");
    Require.text(raw, "raw_status", 255);
  }

  @Override
  public String toString() {
    return "ProviderObservation["
        + normalized
        + " ("
        + raw
        + "), authorizationToken="
        + (authorizationToken == null ? "none" : "***")
        + ", orderId="
        + orderId
        + "]";
  }

  public static ProviderObservation of(HppStatus normalized, String raw) {
    return new ProviderObservation(normalized, raw, null, null);
  }
}
