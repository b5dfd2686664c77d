package dev.hppgateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The gateway's settings: what is left out takes its documented default, the public base URL loses
 * its trailing slashes, and a negative retention or batch size is refused.
 */
class GatewaySettingsTest {

  @Test
  void leftOutSettingsTakeTheirDefaults() {
    GatewaySettings settings = GatewaySettings.of("https://gw.example//");
    assertThat(settings.publicBaseUrl()).isEqualTo("https://gw.example");
    assertThat(settings.idempotencyTtl()).isEqualTo(Duration.ofHours(24));
    assertThat(settings.reconcileAfter()).isEqualTo(Duration.ofMinutes(15));
    assertThat(settings.expiryGrace()).isEqualTo(Duration.ofHours(1));
    assertThat(settings.webhookEventRetention()).isEqualTo(Duration.ofDays(30));
    assertThat(settings.housekeepingBatchSize()).isEqualTo(500);
  }

  @Test
  void givenSettingsAreKept() {
    GatewaySettings settings =
        new GatewaySettings(
            "https://gw.example",
            Duration.ofHours(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(10),
            Duration.ZERO,
            7);
    assertThat(settings.idempotencyTtl()).isEqualTo(Duration.ofHours(1));
    assertThat(settings.reconcileAfter()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.expiryGrace()).isEqualTo(Duration.ofMinutes(10));
    assertThat(settings.webhookEventRetention()).isEqualTo(Duration.ZERO);
    assertThat(settings.housekeepingBatchSize()).isEqualTo(7);
  }

  @Test
  void negativeRetentionOrBatchSizeIsRefused() {
    assertThatThrownBy(
            () ->
                new GatewaySettings("https://gw.example", null, null, null, Duration.ofDays(-1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("webhookEventRetention must not be negative");
    assertThatThrownBy(() -> new GatewaySettings("https://gw.example", null, null, null, null, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("housekeepingBatchSize must be positive");
  }
}
