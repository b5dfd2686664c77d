package dev.hppgateway.bootstrap.jobs;

import dev.hppgateway.application.port.in.SweepHppSessionsUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import java.util.Objects;

/**
 * Runs the reconciliation on a schedule: open pages with no news for longer than {@code
 * hpp.reconcile-after} (their callbacks may be lost) are read from their provider and brought up to
 * date ({@link SweepHppSessionsUseCase#reconcile}); a page whose provider cannot be read is put off
 * with a growing pause, so it does not starve the rest. Every {@code hpp.reconcile.interval}
 * (default: the sweep's interval) after the previous run ended, at most {@code
 * hpp.reconcile.batch-size} pages (default: the sweep's batch size). {@code
 * hpp.reconcile.enabled=false} leaves the bean out. Safe on several instances. Logging and metrics:
 * {@link SweepRun}, job {@code reconciliation}.
 */
@Context
@Requires(beans = SweepHppSessionsUseCase.class)
@Requires(property = ReconcileScheduler.ENABLED, notEquals = "false")
public class ReconcileScheduler {
  public static final String ENABLED = "hpp.reconcile.enabled";

  private final SweepRun run;

  /**
   * @param batchSize {@code hpp.reconcile.batch-size}: at least 1
   */
  public ReconcileScheduler(
      SweepHppSessionsUseCase sweep,
      MeterRegistry registry,
      @Value("${hpp.reconcile.batch-size:100}") int batchSize) {
    Objects.requireNonNull(sweep, "sweep");
    this.run =
        new SweepRun(
            "reconciliation",
            sweep::reconcile,
            Objects.requireNonNull(registry, "registry"),
            batchSize,
            "hpp.reconcile.batch-size");
  }

  /** One reconciliation run; a failure is logged and counted, never thrown. */
  @Scheduled(fixedDelay = "${hpp.reconcile.interval:30s}")
  public void run() {
    run.run();
  }

  /** The service is shutting down: runs still scheduled do nothing. */
  @PreDestroy
  public void stop() {
    run.stop();
  }
}
