package dev.hppgateway.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.service.GatewayAssembly;
import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code hpp.webhooks.delivery.retry-schedule}: unset is production's, else comma-separated. */
class WebhookRetrySchedulesTest {

  @Test
  void unsetOrBlankIsTheProductionSchedule() {
    assertThat(WebhookRetrySchedules.parse(null))
        .isEqualTo(GatewayAssembly.DEFAULT_WEBHOOK_RETRY_DELAYS);
    assertThat(WebhookRetrySchedules.parse("  "))
        .isEqualTo(GatewayAssembly.DEFAULT_WEBHOOK_RETRY_DELAYS);
  }

  @Test
  void unitsAndIsoDurationsAreRead() {
    assertThat(WebhookRetrySchedules.parse("200ms, 1s,2m,3h ,1d,PT90S"))
        .containsExactly(
            Duration.ofMillis(200),
            Duration.ofSeconds(1),
            Duration.ofMinutes(2),
            Duration.ofHours(3),
            Duration.ofDays(1),
            Duration.ofSeconds(90));
    assertThat(WebhookRetrySchedules.parse("[1s, 2s]"))
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void anUnreadableOrNonPositiveWaitIsAConfigurationError() {
    assertThatThrownBy(() -> WebhookRetrySchedules.parse("1s,soon"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(WebhookRetrySchedules.PROPERTY)
        .hasMessageContaining("soon");
    assertThatThrownBy(() -> WebhookRetrySchedules.parse("1s,0s"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> WebhookRetrySchedules.parse("1s,,2s"))
        .isInstanceOf(ConfigurationException.class);
  }
}
