package dev.hppgateway.bootstrap.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.port.in.SweepHppSessionsUseCase;
import dev.hppgateway.application.port.in.SweepReport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One run of the scheduled reconciliation, without a schedule: only the reconcile half runs. */
class ReconcileSchedulerTest {
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final List<Integer> batches = new ArrayList<>();

  @Test
  void aRunReconcilesOneBatchAndCountsItsPagesUnderItsOwnJob() {
    ReconcileScheduler scheduler =
        new ReconcileScheduler(reconciling(new SweepReport(0, 4, 2)), meters, 9);

    scheduler.run();

    assertThat(batches).containsExactly(9);
    assertThat(pages("reconciled")).isEqualTo(4);
    assertThat(pages("failed")).isEqualTo(2);
    assertThat(
            meters
                .get(SweepScheduler.RUNS)
                .tags("job", "reconciliation", "outcome", "ok")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void aFailedRunIsCountedAndNotThrown() {
    SweepHppSessionsUseCase failing =
        new SweepHppSessionsUseCase() {
          @Override
          public SweepReport expire(int batchSize) {
            throw new AssertionError("the reconciliation scheduler expired pages");
          }

          @Override
          public SweepReport reconcile(int batchSize) {
            throw new IllegalStateException("provider down");
          }
        };
    ReconcileScheduler scheduler = new ReconcileScheduler(failing, meters, 5);

    scheduler.run();

    assertThat(
            meters
                .get(SweepScheduler.RUNS)
                .tags("job", "reconciliation", "outcome", "error")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void onceStoppedForShutdownARunReconcilesNothing() {
    ReconcileScheduler scheduler =
        new ReconcileScheduler(reconciling(new SweepReport(0, 1, 0)), meters, 5);

    scheduler.stop();
    scheduler.run();

    assertThat(batches).isEmpty();
  }

  @Test
  void aBatchSizeBelowOneIsAConfigurationErrorNamingTheSetting() {
    assertThatThrownBy(
            () -> new ReconcileScheduler(reconciling(new SweepReport(0, 0, 0)), meters, 0))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("hpp.reconcile.batch-size");
  }

  private SweepHppSessionsUseCase reconciling(SweepReport report) {
    return new SweepHppSessionsUseCase() {
      @Override
      public SweepReport expire(int batchSize) {
        throw new AssertionError("the reconciliation scheduler expired pages");
      }

      @Override
      public SweepReport reconcile(int batchSize) {
        batches.add(batchSize);
        return report;
      }
    };
  }

  private double pages(String outcome) {
    return meters
        .get(SweepScheduler.PAGES)
        .tags("job", "reconciliation", "outcome", outcome)
        .counter()
        .count();
  }
}
