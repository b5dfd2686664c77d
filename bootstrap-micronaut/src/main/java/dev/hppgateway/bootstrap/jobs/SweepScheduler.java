package dev.hppgateway.bootstrap.jobs;

import dev.hppgateway.application.port.in.SweepHppSessionsUseCase;
import dev.hppgateway.application.port.in.SweepReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sweep on a schedule: pages past their expiry are expired (once their provider confirms
 * it), quiet pages are reconciled with their provider, and due order follow-ups are done ({@link
 * SweepHppSessionsUseCase}). Every {@code hpp.sweep.interval} (default 30 s) after the previous run
 * ended, at most {@code hpp.sweep.batch-size} pages of each kind (default 100). {@code
 * hpp.sweep.enabled=false} leaves the bean out: nothing is swept. Several instances may run it on
 * one database: the store hands each page to one sweep at a time.
 *
 * <p>One log line per run with the counts (never a page's data), a timer {@value #RUNS} (tag {@code
 * outcome}: {@code ok} or {@code error}) and a counter {@value #PAGES} (tag {@code outcome}: {@code
 * expired}, {@code reconciled}, {@code failed}). A run that fails is logged and counted; the next
 * one runs as scheduled.
 */
@Context
@Requires(beans = SweepHppSessionsUseCase.class)
@Requires(property = SweepScheduler.ENABLED, notEquals = "false")
public class SweepScheduler {
  public static final String ENABLED = "hpp.sweep.enabled";
  public static final String RUNS = "hpp.sweep.runs";
  public static final String PAGES = "hpp.sweep.pages";

  private static final Logger LOG = LoggerFactory.getLogger(SweepScheduler.class);

  private final SweepHppSessionsUseCase sweep;
  private final MeterRegistry registry;
  private final int batchSize;
  private volatile boolean stopped;

  /**
   * @param batchSize {@code hpp.sweep.batch-size}: at least 1
   */
  public SweepScheduler(
      SweepHppSessionsUseCase sweep,
      MeterRegistry registry,
      @Value("${hpp.sweep.batch-size:100}") int batchSize) {
    if (batchSize < 1) {
      throw new ConfigurationException("hpp.sweep.batch-size must be at least 1, was " + batchSize);
    }
    this.sweep = Objects.requireNonNull(sweep, "sweep");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.batchSize = batchSize;
  }

  /**
   * One sweep; a failure is logged and counted, never thrown, so the schedule goes on. Nothing once
   * the service is shutting down (its database may be gone already).
   */
  @Scheduled(fixedDelay = "${hpp.sweep.interval:30s}")
  public void run() {
    if (stopped) {
      return;
    }
    Timer.Sample sample = Timer.start(registry);
    long started = System.nanoTime();
    String outcome = "error";
    try {
      SweepReport report = sweep.sweep(batchSize);
      outcome = "ok";
      count("expired", report.expired());
      count("reconciled", report.reconciled());
      count("failed", report.failed());
      LOG.info(
          "sweep: expired={} reconciled={} failed={} batch-size={} took {} ms",
          report.expired(),
          report.reconciled(),
          report.failed(),
          batchSize,
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      // the exception's type and message only: a provider's or database's words, no page data
      LOG.error(
          "sweep failed after {} ms: {}: {}; the next run is as scheduled",
          (System.nanoTime() - started) / 1_000_000,
          e.getClass().getName(),
          e.getMessage());
    } finally {
      sample.stop(
          Timer.builder(RUNS)
              .description("Sweep runs (expiry, reconciliation, order follow-ups)")
              .tag("outcome", outcome)
              .register(registry));
    }
  }

  /** The service is shutting down: runs still scheduled do nothing. */
  @PreDestroy
  public void stop() {
    stopped = true;
  }

  private void count(String outcome, int pages) {
    Counter.builder(PAGES)
        .description("Pages the sweep handled, by outcome")
        .tag("outcome", outcome)
        .register(registry)
        .increment(pages);
  }
}
