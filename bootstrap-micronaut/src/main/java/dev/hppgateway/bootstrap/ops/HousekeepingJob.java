package dev.hppgateway.bootstrap.ops;

import dev.hppgateway.application.port.in.HousekeepingReport;
import dev.hppgateway.application.port.in.HousekeepingUseCase;
import dev.hppgateway.bootstrap.Application;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the core's housekeeping on a schedule ({@code hpp.housekeeping.interval}, first after {@code
 * hpp.housekeeping.initial-delay}); {@code hpp.housekeeping.enabled=false} leaves the bean out.
 * Several instances may run it at once: each batch deletes rows once. A failed run is logged and
 * the next one tries again.
 */
@Singleton
@Requires(env = Application.ENVIRONMENT)
@Requires(property = "hpp.housekeeping.enabled", notEquals = "false")
public class HousekeepingJob {
  private static final Logger LOG = LoggerFactory.getLogger(HousekeepingJob.class);

  private final HousekeepingUseCase housekeeping;

  public HousekeepingJob(HousekeepingUseCase housekeeping) {
    this.housekeeping = housekeeping;
  }

  @Scheduled(
      fixedDelay = "${hpp.housekeeping.interval:1h}",
      initialDelay = "${hpp.housekeeping.initial-delay:1m}")
  public void scheduled() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.warn("housekeeping failed, retried at the next interval: {}", e.toString());
    }
  }

  /** One run now: what it deleted. */
  public HousekeepingReport run() {
    HousekeepingReport report = housekeeping.run();
    if (report.webhookEventsDeleted() > 0 || report.idempotencyKeysDeleted() > 0) {
      LOG.info(
          "housekeeping deleted {} webhook events and {} idempotency keys",
          report.webhookEventsDeleted(),
          report.idempotencyKeysDeleted());
    }
    return report;
  }
}
