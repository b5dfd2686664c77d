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
 * Runs the expiry sweep on a schedule: pages past their expiry are expired (once their provider
 * confirms it) and due order follow-ups are done ({@link SweepHppSessionsUseCase#expire}). Every
 * {@code hpp.sweep.interval} (default 30 s) after the previous run ended, at most {@code
 * hpp.sweep.batch-size} pages of each kind (default 100). {@code hpp.sweep.enabled=false} leaves
 * the bean out. The reconciliation of quiet pages runs on its own schedule ({@link
 * ReconcileScheduler}). Several instances may run it on one database: the store hands each page to
 * one sweep at a time. Logging and metrics: {@link SweepRun}, job {@code expiry}.
 */
@Context
@Requires(beans = SweepHppSessionsUseCase.class)
@Requires(property = SweepScheduler.ENABLED, notEquals = "false")
public class SweepScheduler {
  public static final String ENABLED = "hpp.sweep.enabled";
  public static final String RUNS = "hpp.sweep.runs";
  public static final String PAGES = "hpp.sweep.pages";

  private final SweepRun run;

  /**
   * @param batchSize {@code hpp.sweep.batch-size}: at least 1
   */
  public SweepScheduler(
      SweepHppSessionsUseCase sweep,
      MeterRegistry registry,
      @Value("${hpp.sweep.batch-size:100}") int batchSize) {
    Objects.requireNonNull(sweep, "sweep");
    this.run =
        new SweepRun(
            "expiry",
            sweep::expire,
            Objects.requireNonNull(registry, "registry"),
            batchSize,
            "hpp.sweep.batch-size");
  }

  /** One expiry run; a failure is logged and counted, never thrown, so the schedule goes on. */
  @Scheduled(fixedDelay = "${hpp.sweep.interval:30s}")
  public void run() {
    run.run();
  }

  /** The service is shutting down: runs still scheduled do nothing. */
  @PreDestroy
  public void stop() {
    run.stop();
  }
}
