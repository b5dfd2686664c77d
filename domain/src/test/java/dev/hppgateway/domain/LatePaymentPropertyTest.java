package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The provider's word on money wins. A model of a page and its provider: the shopper (or the
 * provider) moves the page at the provider to anything, callbacks arrive (hints, always confirmed
 * by a read before anything is applied), sweeps read open pages and turn off overdue ones, the
 * merchant disables, and the gateway reads. Whatever the interleaving, after a read that says paid
 * the page is COMPLETED or REFUNDED, and every status change emitted exactly one event.
 */
class LatePaymentPropertyTest {

  enum Kind {
    PROVIDER_MOVES,
    CALLBACK,
    SWEEP,
    DISABLE,
    READ
  }

  record Step(Kind kind, HppStatus atProvider, int minutes) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.of(Kind.class),
            Arbitraries.of(HppStatus.class),
            Arbitraries.integers().between(0, 90))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  @Provide
  Arbitrary<HppStatus> paid() {
    return Arbitraries.of(HppStatus.COMPLETED, HppStatus.REFUNDED);
  }

  /** The page and its provider. */
  private static final class World {
    final HppSession session = TestSessions.waiting();
    HppStatus atProvider = HppStatus.WAITING;
    Instant now = TestSessions.T0;

    boolean paidAtProvider() {
      return atProvider == HppStatus.COMPLETED || atProvider == HppStatus.REFUNDED;
    }

    /** The gateway reads the provider and applies what it says. */
    List<HppSessionEvent> read() {
      List<HppSessionEvent> events =
          session.observeRead(ProviderObservation.of(atProvider, atProvider.name()), now);
      if (paidAtProvider()) {
        assertThat(session.status())
            .as("after a read that says %s", atProvider)
            .isIn(HppStatus.COMPLETED, HppStatus.REFUNDED);
      }
      return events;
    }

    List<HppSessionEvent> run(Step step) {
      now = now.plus(Duration.ofMinutes(step.minutes()));
      return switch (step.kind()) {
        case PROVIDER_MOVES -> {
          atProvider = step.atProvider();
          yield List.of();
        }
        // a callback is only a hint: whatever it claims, the gateway reads before applying
        case CALLBACK, READ -> read();
        case SWEEP -> sweep();
        case DISABLE -> disable();
      };
    }

    /** The sweep only looks at open pages; an overdue one is turned off at the provider first. */
    private List<HppSessionEvent> sweep() {
      if (session.isFinal()) {
        return List.of();
      }
      List<HppSessionEvent> events = new java.util.ArrayList<>(read());
      if (!session.isFinal() && !now.isBefore(session.expiresAt()) && !paidAtProvider()) {
        atProvider = HppStatus.DISABLED;
        events.addAll(session.expireIfDue(now));
      }
      return events;
    }

    /** The merchant's disable: refused by the aggregate or by a provider that was paid. */
    private List<HppSessionEvent> disable() {
      try {
        session.requireCanBecome(HppStatus.DISABLED);
      } catch (IllegalHppTransitionException e) {
        return List.of();
      }
      if (paidAtProvider()) {
        return List.of();
      }
      atProvider = HppStatus.DISABLED;
      return session.disable(now);
    }
  }

  @Property(tries = 3000)
  void whenTheProvidersLastReadSaysPaidThePageIsPaid(
      @ForAll("steps") List<Step> steps, @ForAll("paid") HppStatus paidAtTheEnd) {
    World world = new World();
    for (Step step : steps) {
      HppStatus before = world.session.status();
      List<HppSessionEvent> events = world.run(step);
      assertOneEventPerTransition(before, events, world.session.status());
    }
    world.atProvider = paidAtTheEnd; // the shopper paid after all, whatever the gateway believed
    world.now = world.now.plusSeconds(1);
    HppStatus before = world.session.status();
    List<HppSessionEvent> events = world.read(); // the callback's read, or a sweep's
    assertOneEventPerTransition(before, events, world.session.status());
    assertThat(world.session.status()).isIn(HppStatus.COMPLETED, HppStatus.REFUNDED);
  }

  /** The events are the path from {@code before} to {@code after}, one per move. */
  private static void assertOneEventPerTransition(
      HppStatus before, List<HppSessionEvent> events, HppStatus after) {
    HppStatus at = before;
    for (HppSessionEvent event : events) {
      assertThat(event.status()).as("an event is a move").isNotEqualTo(at);
      if (event instanceof HppSessionCompleted completed) {
        assertThat(completed.previousStatus()).isEqualTo(at);
      }
      at = event.status();
    }
    assertThat(at).as("events from %s lead to the status", before).isEqualTo(after);
  }
}
