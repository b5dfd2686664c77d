package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever providers report, in whatever order, a final session stays final. */
class HppSessionPropertyTest {

  @Provide
  Arbitrary<List<HppStatus>> observations() {
    return Arbitraries.of(HppStatus.class).list().ofMinSize(1).ofMaxSize(30);
  }

  @Property(tries = 2000)
  void finalStatusesNeverChangeExceptCompletedToRefunded(
      @ForAll("observations") List<HppStatus> sequence) {
    HppSession session = TestSessions.waiting();
    Instant at = TestSessions.T0;
    HppStatus firstFinal = null;
    for (HppStatus observed : sequence) {
      at = at.plusSeconds(1);
      HppStatus before = session.status();
      List<HppSessionEvent> events =
          session.observe(ProviderObservation.of(observed, observed.name()), at);
      if (firstFinal == null && session.isFinal()) {
        firstFinal = session.status();
      }
      if (before.isFinal()) {
        boolean refund = before == HppStatus.COMPLETED && session.status() == HppStatus.REFUNDED;
        assertThat(session.status())
            .as("%s after %s", observed, before)
            .isIn(before, refund ? HppStatus.REFUNDED : before);
      }
      assertThat(events).hasSizeLessThanOrEqualTo(2);
      if (events.size() == 2) {
        // only a refund of an open page, which implies its completion
        assertThat(events)
            .extracting(HppSessionEvent::status)
            .containsExactly(HppStatus.COMPLETED, HppStatus.REFUNDED);
      }
      if (!events.isEmpty()) {
        assertThat(events.get(events.size() - 1).status()).isEqualTo(session.status());
      }
      assertThat(session.status()).isNotEqualTo(HppStatus.UNKNOWN);
    }
    if (firstFinal != null && firstFinal != HppStatus.COMPLETED) {
      assertThat(session.status()).isEqualTo(firstFinal);
    }
  }

  @Property(tries = 500)
  void replayingTheSameSequenceChangesNothing(@ForAll("observations") List<HppStatus> sequence) {
    HppSession session = TestSessions.waiting();
    Instant at = TestSessions.T0.plusSeconds(1);
    for (HppStatus observed : sequence) {
      session.observe(ProviderObservation.of(observed, observed.name()), at);
    }
    HppStatus settled = session.status();
    if (!settled.isFinal()) {
      return;
    }
    int events = 0;
    for (HppStatus observed : sequence) {
      events +=
          session
              .observe(ProviderObservation.of(observed, observed.name()), at.plusSeconds(5))
              .size();
    }
    boolean refundable = settled == HppStatus.COMPLETED && sequence.contains(HppStatus.REFUNDED);
    if (!refundable) {
      assertThat(events).isZero();
      assertThat(session.status()).isEqualTo(settled);
    }
  }
}
