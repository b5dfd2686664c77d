package dev.hppgateway.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.in.HousekeepingReport;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.OutboxState;
import dev.hppgateway.application.port.out.persistence.IdempotencyClaim;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The housekeeping job in the service, on its JDBC stores: with a retention of one day and batches
 * of three it deletes only the delivered and dead events that finished over a day ago (not a page's
 * newest) and the expired idempotency keys, batch after batch. The schedule is an hour off here;
 * the test runs the job itself.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HousekeepingJobTest implements TestPropertyProvider {
  static final MerchantId MERCHANT = MerchantId.of("housekeeping-merchant");

  @Inject HousekeepingJob job;
  @Inject OutboxRepository outbox;
  @Inject IdempotencyStore keys;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "hpp.housekeeping.retention", "1d",
        "hpp.housekeeping.batch-size", "3",
        "hpp.housekeeping.initial-delay", "1h",
        "datasources.default.url",
            "jdbc:h2:mem:housekeeping-job;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  @Test
  void deletesOnlyFinishedEventsPastTheRetentionAndExpiredKeysInBatches() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant twoDaysAgo = now.minus(Duration.ofDays(2));
    for (int i = 0; i < 4; i++) {
      append("evt_hk_old_" + i, "hpp_hk_" + i, 1, OutboxState.DELIVERED, twoDaysAgo);
      append("evt_hk_last_" + i, "hpp_hk_" + i, 2, OutboxState.DELIVERED, twoDaysAgo);
    }
    append("evt_hk_dead", "hpp_hk_dead", 1, OutboxState.DEAD, twoDaysAgo);
    append("evt_hk_dead_next", "hpp_hk_dead", 2, OutboxState.PENDING, twoDaysAgo);
    append("evt_hk_recent", "hpp_hk_recent", 1, OutboxState.DELIVERED, now.minusSeconds(3600));
    append("evt_hk_recent_next", "hpp_hk_recent", 2, OutboxState.PENDING, now);
    append("evt_hk_pending", "hpp_hk_pending", 1, OutboxState.PENDING, twoDaysAgo);
    append("evt_hk_pending_next", "hpp_hk_pending", 2, OutboxState.PENDING, twoDaysAgo);
    for (String key : List.of("expired-1", "expired-2", "expired-3", "expired-4")) {
      keys.claim(MERCHANT, key, "owner", "hash", twoDaysAgo, now.minusSeconds(60));
    }
    keys.claim(MERCHANT, "live", "owner", "hash", now, now.plus(Duration.ofHours(1)));

    HousekeepingReport report = job.run();

    assertThat(report).isEqualTo(new HousekeepingReport(5, 4));
    for (int i = 0; i < 4; i++) {
      assertThat(outbox.find(MERCHANT, "evt_hk_old_" + i)).isEmpty();
      assertThat(outbox.find(MERCHANT, "evt_hk_last_" + i)).as("a page's newest").isPresent();
    }
    assertThat(outbox.find(MERCHANT, "evt_hk_dead")).isEmpty();
    for (String kept :
        List.of(
            "evt_hk_dead_next",
            "evt_hk_recent",
            "evt_hk_recent_next",
            "evt_hk_pending",
            "evt_hk_pending_next")) {
      assertThat(outbox.find(MERCHANT, kept)).as(kept).isPresent();
    }
    assertThat(keys.claim(MERCHANT, "live", "other", "other-hash", now, now))
        .isInstanceOf(IdempotencyClaim.Mismatch.class);
    assertThat(job.run()).as("nothing left").isEqualTo(new HousekeepingReport(0, 0));
  }

  private void append(
      String eventId, String session, long sequence, OutboxState state, Instant finishedAt) {
    outbox.append(
        List.of(
            new OutboxMessage(
                eventId,
                MERCHANT,
                HppSessionId.of(session),
                sequence,
                "hpp_session.updated",
                "{}",
                state,
                1,
                finishedAt,
                state == OutboxState.DEAD ? "HTTP 500" : null,
                finishedAt.minusSeconds(60),
                null)));
  }
}
