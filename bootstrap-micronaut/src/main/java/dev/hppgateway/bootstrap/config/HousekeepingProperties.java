package dev.hppgateway.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code hpp.housekeeping.*}: the scheduled deletion of delivered and dead webhook events older
 * than {@code retention} (default 30 days after they finished; each page's newest event stays) and
 * of expired idempotency keys, {@code batch-size} rows per statement (default 500), every {@code
 * interval} (default 1 h, first run {@code initial-delay} after startup, default 1 min); {@code
 * enabled: false} turns it off.
 */
@ConfigurationProperties("hpp.housekeeping")
public class HousekeepingProperties {
  private boolean enabled = true;
  private Duration interval = Duration.ofHours(1);
  private Duration initialDelay = Duration.ofMinutes(1);
  private Duration retention = Duration.ofDays(30);
  private int batchSize = 500;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean value) {
    enabled = value;
  }

  public Duration getInterval() {
    return interval;
  }

  public void setInterval(Duration value) {
    interval = value;
  }

  public Duration getInitialDelay() {
    return initialDelay;
  }

  public void setInitialDelay(Duration value) {
    initialDelay = value;
  }

  public Duration getRetention() {
    return retention;
  }

  public void setRetention(Duration value) {
    retention = value;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(int value) {
    batchSize = value;
  }
}
