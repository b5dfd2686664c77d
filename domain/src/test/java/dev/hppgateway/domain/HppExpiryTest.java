package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HppExpiryTest {
  private final Instant start = Instant.parse("2026-11-23T10:00:00Z");
  private final Duration lifetime = Duration.ofHours(47);

  @Test
  void pageLivesItsProvidersPageLifetime() {
    assertThat(HppExpiry.pageExpiry(start, lifetime)).isEqualTo(start.plus(Duration.ofHours(47)));
    assertThat(HppExpiry.pageExpiry(start, Duration.ofMinutes(30)))
        .isEqualTo(start.plus(Duration.ofMinutes(30)));
  }

  @Test
  void merchantMayAskForAnEarlierExpiryOnly() {
    Instant soon = start.plus(Duration.ofHours(2));
    assertThat(HppExpiry.pageExpiry(start, lifetime, soon)).isEqualTo(soon);
    assertThat(HppExpiry.pageExpiry(start, lifetime, null))
        .isEqualTo(start.plus(Duration.ofHours(47)));
    assertThat(HppExpiry.pageExpiry(start, lifetime, start.plus(lifetime)))
        .isEqualTo(start.plus(lifetime));
    assertThatThrownBy(
            () -> HppExpiry.pageExpiry(start, lifetime, start.plus(Duration.ofHours(48))))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("expires_at");
              assertThat(e.reason()).startsWith("must not be later than " + start.plus(lifetime));
            });
    assertThatThrownBy(() -> HppExpiry.pageExpiry(start, lifetime, start))
        .hasMessageContaining("must be in the future");
  }
}
