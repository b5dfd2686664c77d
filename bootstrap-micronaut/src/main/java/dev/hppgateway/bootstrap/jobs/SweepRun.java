package dev.hppgateway.bootstrap.jobs;

import dev.hppgateway.application.port.in.SweepReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scheduled run of a sweep job ({@code expiry} or {@code reconciliation}): timed, its pages
 * counted by outcome, one log line with the counts (never a page's data). A failure is logged and
 * counted, never thrown, so the schedule goes on. Nothing runs once the service is shutting down
 * (its database may be gone already).
 *
 * <p>Metrics: timer {@value SweepScheduler#RUNS} (tags {@code job}, {@code outcome}: {@code ok} or
 * {@code error}) and counter {@value SweepScheduler#PAGES} (tags {@code job}, {@code outcome}:
 * {@code expired}, {@code reconciled}, {@code failed}).
 */
final class SweepRun {
  private static final Logger LOG = LoggerFactory.getLogger(SweepRun.class);

  private final String job;
  private final IntFunction<SweepReport> work;
  private final MeterRegistry registry;
  private final int batchSize;
  private volatile boolean stopped;

  /**
   * @param batchSizeSetting the setting {@code batchSize} came from, named when it is below 1
   */
  SweepRun(
      String job,
      IntFunction<SweepReport> work,
      MeterRegistry registry,
      int batchSize,
      String batchSizeSetting) {
    if (batchSize < 1) {
      throw new ConfigurationException(batchSizeSetting + " must be at least 1, was " + batchSize);
    }
    this.job = job;
    this.work = work;
    this.registry = registry;
    this.batchSize = batchSize;
  }

  void run() {
    if (stopped) {
      return;
    }
    Timer.Sample sample = Timer.start(registry);
    long started = System.nanoTime();
    String outcome = "error";
    try {
      SweepReport report = work.apply(batchSize);
      outcome = "ok";
      count("expired", report.expired());
      count("reconciled", report.reconciled());
      count("failed", report.failed());
      LOG.info(
          "{}: expired={} reconciled={} failed={} batch-size={} took {} ms",
          job,
          report.expired(),
          report.reconciled(),
          report.failed(),
          batchSize,
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      // the exception's type and message only: a provider's or database's words, no page data
      LOG.error(
          "{} failed after {} ms: {}: {}; the next run is as scheduled",
          job,
          (System.nanoTime() - started) / 1_000_000,
          e.getClass().getName(),
          e.getMessage());
    } finally {
      sample.stop(
          Timer.builder(SweepScheduler.RUNS)
              .description("Sweep runs (expiry with order follow-ups, reconciliation)")
              .tag("job", job)
              .tag("outcome", outcome)
              .register(registry));
    }
  }

  void stop() {
    stopped = true;
  }

  private void count(String outcome, int pages) {
    Counter.builder(SweepScheduler.PAGES)
        .description("Pages the sweep handled, by job and outcome")
        .tag("job", job)
        .tag("outcome", outcome)
        .register(registry)
        .increment(pages);
  }
}
