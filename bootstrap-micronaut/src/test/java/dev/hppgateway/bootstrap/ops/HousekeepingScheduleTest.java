package dev.hppgateway.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.OutboxState;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.domain.HppSessionId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The job runs by itself every {@code hpp.housekeeping.interval}. */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HousekeepingScheduleTest implements TestPropertyProvider {
  @Inject OutboxRepository outbox;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "hpp.housekeeping.interval", "200ms",
        "hpp.housekeeping.initial-delay", "100ms",
        "datasources.default.url",
            "jdbc:h2:mem:housekeeping-schedule;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  @Test
  void aFinishedEventPastTheDefaultRetentionIsDeletedWithoutAnyoneAsking() throws Exception {
    Instant longAgo = Instant.now().minus(Duration.ofDays(31));
    outbox.append(
        List.of(
            message("evt_sched_old", 1, OutboxState.DELIVERED, longAgo),
            message("evt_sched_new", 2, OutboxState.DELIVERED, longAgo)));

    Instant deadline = Instant.now().plusSeconds(10);
    while (outbox.find(HousekeepingJobTest.MERCHANT, "evt_sched_old").isPresent()
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }

    assertThat(outbox.find(HousekeepingJobTest.MERCHANT, "evt_sched_old")).isEmpty();
    assertThat(outbox.find(HousekeepingJobTest.MERCHANT, "evt_sched_new")).isPresent();
  }

  private static OutboxMessage message(
      String eventId, long sequence, OutboxState state, Instant finishedAt) {
    return new OutboxMessage(
        eventId,
        HousekeepingJobTest.MERCHANT,
        HppSessionId.of("hpp_sched"),
        sequence,
        "hpp_session.updated",
        "{}",
        state,
        1,
        finishedAt,
        null,
        finishedAt,
        null);
  }
}
