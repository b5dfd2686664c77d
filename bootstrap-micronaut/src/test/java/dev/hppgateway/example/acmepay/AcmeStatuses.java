package dev.hppgateway.example.acmepay;

import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.domain.HppStatus;
import java.util.Map;

/** Acme's words for the outcomes the SPI contract test plays, and the callback it posts. */
final class AcmeStatuses {
  private static final Map<HppStatus, String> ACME =
      Map.of(
          HppStatus.COMPLETED,
          "paid",
          HppStatus.CANCELLED,
          "cancelled",
          HppStatus.FAILED,
          "declined");

  private AcmeStatuses() {}

  static String of(HppStatus outcome) {
    return ACME.get(outcome);
  }

  /** Acme posts {@code <link id>:<status>}. */
  static ProviderCallback callback(String linkId, HppStatus status) {
    return new ProviderCallback("", Map.of(), linkId + ":" + of(status));
  }
}
