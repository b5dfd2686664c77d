package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The sweep expires only what cannot be paid: the provider's read says so, the provider turned the
 * page off, or (for a provider that cannot turn pages off) the expiry plus the grace period passed
 * with no order in progress. Pages it cannot settle are put off with a persisted backoff.
 */
class SweepExpiryTest {
  private final GatewayTestBed bed = new GatewayTestBed();

  /** A page at the provider without DisablesPages (as Optty). */
  private HppSession basicPage() {
    return bed.gateway
        .createHppSession()
        .create(
            new CreateHppSessionCommand(
                MERCHANT,
                ProviderId.of("basic-pay"),
                "r",
                TestHppSessions.order(),
                null,
                null,
                null,
                null,
                null))
        .session();
  }

  private HppStatus status(HppSession session) {
    return bed.gateway.getHppSession().get(MERCHANT, session.id()).status();
  }

  private long fetches() {
    return bed.basic.calls().stream().filter("fetch"::equals).count();
  }

  @Test
  void pageWithAnOrderInProgressIsNeverExpiredWhenTheProviderCannotTurnItOff() {
    HppSession session = basicPage();
    String ref = session.providerRefs().hppSessionId();
    bed.basic.shopper(ref, HppStatus.IN_PROGRESS);
    bed.clock.advance(Duration.ofHours(47));
    assertThat(bed.gateway.sweepHppSessions().sweep(10).expired()).isZero();
    assertThat(status(session)).isEqualTo(HppStatus.IN_PROGRESS);

    bed.clock.advance(Duration.ofHours(5)); // well past the expiry and the grace period
    assertThat(bed.gateway.sweepHppSessions().sweep(10).expired()).isZero();
    assertThat(status(session)).isEqualTo(HppStatus.IN_PROGRESS);

    bed.basic.shopper(ref, HppStatus.COMPLETED); // the order went through
    bed.clock.advance(Duration.ofHours(1));
    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(status(session)).isEqualTo(HppStatus.COMPLETED);
    assertThat(bed.outboxTypes())
        .containsExactly("hpp_session.created", "hpp_session.in_progress", "hpp_session.completed");
  }

  @Test
  void pageWithoutAnOrderIsExpiredOnlyAfterTheGracePeriod() {
    HppSession session = basicPage();
    bed.clock.advance(Duration.ofHours(47));
    assertThat(bed.gateway.sweepHppSessions().sweep(10).expired()).isZero();
    assertThat(status(session)).isEqualTo(HppStatus.WAITING);
    bed.clock.advance(Duration.ofMinutes(59));
    assertThat(bed.gateway.sweepHppSessions().sweep(10).expired()).isZero();

    bed.clock.advance(Duration.ofMinutes(1)); // expiry + 1 h grace, nothing in progress
    assertThat(bed.gateway.sweepHppSessions().sweep(10).expired()).isEqualTo(1);
    assertThat(status(session)).isEqualTo(HppStatus.EXPIRED);
  }

  @Test
  void orderThatEndsAfterTheGraceLetsThePageExpire() {
    HppSession session = basicPage();
    String ref = session.providerRefs().hppSessionId();
    bed.basic.shopper(ref, HppStatus.IN_PROGRESS);
    bed.clock.advance(Duration.ofHours(50));
    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(status(session)).isEqualTo(HppStatus.IN_PROGRESS);
    bed.basic.shopper(ref, HppStatus.FAILED); // the order was declined; no order in progress
    bed.clock.advance(Duration.ofHours(1));
    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(status(session)).isEqualTo(HppStatus.EXPIRED);
  }

  @Test
  void aReadThatSaysExpiredExpiresThePageAtOnce() {
    HppSession session = basicPage();
    bed.basic.forget(session.providerRefs().hppSessionId()); // the fake reads EXPIRED then
    bed.clock.advance(Duration.ofHours(47));
    assertThat(bed.gateway.sweepHppSessions().sweep(10).expired()).isEqualTo(1);
    assertThat(status(session)).isEqualTo(HppStatus.EXPIRED);
  }

  @Test
  void anOrderInProgressIsReadAgainWithGrowingPauses() {
    HppSession session = basicPage();
    bed.basic.shopper(session.providerRefs().hppSessionId(), HppStatus.IN_PROGRESS);
    bed.clock.advance(Duration.ofHours(47));
    bed.gateway.sweepHppSessions().sweep(10);
    bed.gateway.sweepHppSessions().sweep(10);
    long afterTwo = fetches();
    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(fetches()).as("put off: not read again at once").isEqualTo(afterTwo);
    bed.clock.advance(Duration.ofMinutes(1));
    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(fetches()).isEqualTo(afterTwo + 1);
    bed.clock.advance(Duration.ofMinutes(1));
    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(fetches()).as("the pause doubled").isEqualTo(afterTwo + 1);
    bed.clock.advance(Duration.ofMinutes(1));
    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(fetches()).isEqualTo(afterTwo + 2);
    HppSession stored = bed.gateway.getHppSession().get(MERCHANT, session.id());
    assertThat(stored.checkAttempts()).isEqualTo(4);
    assertThat(stored.nextCheckAt()).isEqualTo(bed.clock.instant().plus(Duration.ofMinutes(4)));
  }

  @Test
  void aPageWhoseProviderCannotBeReadDoesNotStarveTheBatch() {
    HppSession unreadable = basicPage();
    bed.clock.advance(Duration.ofSeconds(1));
    HppSession other = bed.create();
    bed.clock.advance(Duration.ofHours(48));
    for (int i = 0; i < 3; i++) {
      bed.basic.failNext(
          () ->
              new ProviderUnavailableException(
                  ProviderId.of("basic-pay"), "503", null, null, null));
    }
    assertThat(bed.gateway.sweepHppSessions().sweep(1).failed()).isEqualTo(1);
    assertThat(bed.gateway.sweepHppSessions().sweep(1).expired())
        .as("the next batch moves on to the other page")
        .isEqualTo(1);
    assertThat(status(other)).isEqualTo(HppStatus.EXPIRED);
    assertThat(status(unreadable)).isEqualTo(HppStatus.WAITING);
  }

  @Test
  void aPageThatCanNeverBeReadNeitherStarvesTheOthersNorIsReadEveryRun() {
    HppSession unreadable = basicPage(); // the oldest: at the head of the queue
    java.util.List<HppSession> others = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      bed.clock.advance(Duration.ofSeconds(1));
      others.add(bed.create());
    }
    for (int i = 0; i < 1000; i++) { // its provider never answers for the rest of the test
      bed.basic.failNext(
          () ->
              new ProviderUnavailableException(
                  ProviderId.of("basic-pay"), "503", null, null, null));
    }
    bed.clock.advance(Duration.ofHours(48));

    int runs = 0;
    while (others.stream().anyMatch(o -> status(o) != HppStatus.EXPIRED) && runs < 20) {
      bed.gateway.sweepHppSessions().sweep(3);
      bed.clock.advance(Duration.ofSeconds(10));
      runs++;
    }
    assertThat(others).allSatisfy(o -> assertThat(status(o)).isEqualTo(HppStatus.EXPIRED));
    assertThat(runs)
        .as("batches of 3 for 10 pages, one page failing in every batch it is in")
        .isLessThanOrEqualTo(8);

    // from now on the failing page is all there is: its reads come further and further apart
    java.util.List<java.time.Instant> readAt = new java.util.ArrayList<>();
    long fetched = fetches();
    for (int run = 0; run < 6 * 30; run++) { // 30 minutes, a run every 10 s
      bed.gateway.sweepHppSessions().sweep(3);
      if (fetches() > fetched) {
        readAt.add(bed.clock.instant());
        fetched = fetches();
      }
      bed.clock.advance(Duration.ofSeconds(10));
    }
    assertThat(status(unreadable)).isEqualTo(HppStatus.WAITING);
    assertThat(readAt.size()).as("read far less often than every run").isBetween(3, 10);
    for (int i = 2; i < readAt.size(); i++) {
      Duration before = Duration.between(readAt.get(i - 2), readAt.get(i - 1));
      Duration gap = Duration.between(readAt.get(i - 1), readAt.get(i));
      assertThat(gap).as("pause %d never shrinks", i).isGreaterThanOrEqualTo(before);
    }
    assertThat(Duration.between(readAt.get(readAt.size() - 2), readAt.get(readAt.size() - 1)))
        .as("the pauses grew")
        .isGreaterThan(Duration.between(readAt.get(0), readAt.get(1)));
    HppSession stored = bed.gateway.getHppSession().get(MERCHANT, unreadable.id());
    assertThat(stored.nextCheckAt()).as("put off past now").isAfter(bed.clock.instant());
    assertThat(stored.checkAttempts()).isGreaterThanOrEqualTo(readAt.size());
  }

  @Test
  void aTurnOffThatFailsLeavesThePageOpenAndPutOff() {
    HppSession session = bed.create();
    bed.clock.advance(Duration.ofHours(48));
    bed.pay.failNext(
        "disable",
        () -> new ProviderUnavailableException(ProviderId.of("fake-pay"), "503", null, null, null));
    assertThat(bed.gateway.sweepHppSessions().sweep(10).expired()).isZero();
    HppSession stored = bed.gateway.getHppSession().get(MERCHANT, session.id());
    assertThat(stored.status()).isEqualTo(HppStatus.WAITING);
    assertThat(stored.checkAttempts()).isEqualTo(1);
    assertThat(bed.gateway.sweepHppSessions().sweep(10).expired()).isEqualTo(1);
  }

  @Test
  void theGracePeriodIsASetting() {
    GatewayTestBed longGrace = new GatewayTestBed();
    HppGateway gateway =
        HppGateway.builder()
            .settings(
                new dev.hppgateway.application.service.GatewaySettings(
                    "https://gw.example", null, null, Duration.ofHours(3)))
            .provider(longGrace.basic)
            .clock(longGrace.clock)
            .build();
    HppSession session =
        gateway
            .createHppSession()
            .create(
                new CreateHppSessionCommand(
                    MERCHANT,
                    ProviderId.of("basic-pay"),
                    "r",
                    TestHppSessions.order(),
                    null,
                    null,
                    null,
                    null,
                    null))
            .session();
    longGrace.clock.advance(Duration.ofHours(47 + 2));
    assertThat(gateway.sweepHppSessions().sweep(10).expired()).isZero();
    longGrace.clock.advance(Duration.ofHours(1));
    assertThat(gateway.sweepHppSessions().sweep(10).expired()).isEqualTo(1);
    assertThat(gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.EXPIRED);
  }
}
