package dev.hppgateway.bootstrap.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.port.in.SweepHppSessionsUseCase;
import dev.hppgateway.application.port.in.SweepReport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** One run of the scheduled sweep, without a schedule: counts, metrics, failures. */
class SweepSchedulerTest {
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final List<Integer> batches = new ArrayList<>();

  @Test
  void aRunSweepsOneBatchAndCountsThePagesByOutcome() {
    SweepScheduler scheduler = new SweepScheduler(sweeps(new SweepReport(2, 3, 1)), meters, 7);

    scheduler.run();

    assertThat(batches).containsExactly(7);
    assertThat(pages("expired")).isEqualTo(2);
    assertThat(pages("reconciled")).isEqualTo(3);
    assertThat(pages("failed")).isEqualTo(1);
    assertThat(meters.get(SweepScheduler.RUNS).tag("outcome", "ok").timer().count()).isEqualTo(1);
  }

  @Test
  void aFailedRunIsCountedAndTheNextRunStillSweeps() {
    SweepHppSessionsUseCase failingOnce =
        expiring(
            batchSize -> {
              batches.add(batchSize);
              if (batches.size() == 1) {
                throw new IllegalStateException("database down");
              }
              return new SweepReport(1, 0, 0);
            });
    SweepScheduler scheduler = new SweepScheduler(failingOnce, meters, 10);

    scheduler.run();
    scheduler.run();

    assertThat(batches).containsExactly(10, 10);
    assertThat(meters.get(SweepScheduler.RUNS).tag("outcome", "error").timer().count())
        .isEqualTo(1);
    assertThat(meters.get(SweepScheduler.RUNS).tag("outcome", "ok").timer().count()).isEqualTo(1);
    assertThat(pages("expired")).isEqualTo(1);
  }

  @Test
  void onceStoppedForShutdownARunSweepsNothing() {
    SweepScheduler scheduler = new SweepScheduler(sweeps(new SweepReport(1, 0, 0)), meters, 5);
    scheduler.run();

    scheduler.stop();
    scheduler.run();

    assertThat(batches).containsExactly(5);
  }

  @Test
  void aBatchSizeBelowOneIsAConfigurationError() {
    assertThatThrownBy(() -> new SweepScheduler(sweeps(new SweepReport(0, 0, 0)), meters, 0))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("hpp.sweep.batch-size");
  }

  @Test
  void theExpirySchedulerNeverReconciles() {
    SweepScheduler scheduler = new SweepScheduler(sweeps(new SweepReport(1, 0, 0)), meters, 3);

    scheduler.run();

    assertThat(batches).containsExactly(3);
    assertThat(meters.get(SweepScheduler.RUNS).tag("job", "expiry").timer().count()).isEqualTo(1);
  }

  private SweepHppSessionsUseCase sweeps(SweepReport report) {
    return expiring(
        batchSize -> {
          batches.add(batchSize);
          return report;
        });
  }

  /** A sweep whose expiry half is {@code expiry}; its reconciliation half must not be called. */
  static SweepHppSessionsUseCase expiring(IntFunction<SweepReport> expiry) {
    return new SweepHppSessionsUseCase() {
      @Override
      public SweepReport expire(int batchSize) {
        return expiry.apply(batchSize);
      }

      @Override
      public SweepReport reconcile(int batchSize) {
        throw new AssertionError("the expiry scheduler reconciled");
      }
    };
  }

  private double pages(String outcome) {
    return meters.get(SweepScheduler.PAGES).tag("outcome", outcome).counter().count();
  }
}
