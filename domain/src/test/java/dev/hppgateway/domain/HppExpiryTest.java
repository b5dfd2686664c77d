package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HppExpiryTest {
  private final Instant start = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void pageEndsAnHourBeforeItsPaymentSession() {
    assertThat(HppExpiry.pageExpiry(start, HppExpiry.KP_SESSION_LIFETIME)).isEqualTo(start.plus(Duration.ofHours(47)));
    assertThat(HppExpiry.pageExpiry(start, HppExpiry.KCO_ORDER_LIFETIME)).isEqualTo(start.plus(Duration.ofHours(47)));
  }

  @Test
  void merchantMayAskForAnEarlierExpiryOnly() {
    Instant soon = start.plus(Duration.ofHours(2));
    assertThat(HppExpiry.pageExpiry(start, HppExpiry.KP_SESSION_LIFETIME, soon)).isEqualTo(soon);
    assertThat(HppExpiry.pageExpiry(start, HppExpiry.KP_SESSION_LIFETIME, null)).isEqualTo(start.plus(Duration.ofHours(47)));
    assertThatThrownBy(() -> HppExpiry.pageExpiry(start, HppExpiry.KP_SESSION_LIFETIME, start.plus(Duration.ofHours(48))))
        .hasMessageContaining("expires_at");
    assertThatThrownBy(() -> HppExpiry.pageExpiry(start, HppExpiry.KP_SESSION_LIFETIME, start))
        .hasMessageContaining("must be in the future");
  }
}
