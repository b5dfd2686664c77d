package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.adapter.inmemory.InMemoryHppSessionRepository;
import dev.hppgateway.application.port.out.persistence.StaleHppSessionException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderId;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Another instance saved first: the change is applied again to the fresh copy, once. */
class ConcurrentUpdateTest {

  /** Fails the first update with a conflict, as a database would when another writer won. */
  static final class LosesFirstRace extends ForwardingHppSessionRepository {
    final AtomicInteger conflicts = new AtomicInteger(1);

    @Override
    public void update(HppSession session) {
      if (conflicts.getAndDecrement() > 0) {
        throw new StaleHppSessionException(session.id(), session.version());
      }
      super.update(session);
    }
  }

  @Test
  void staleWriteIsRetriedWithoutADoubleEvent() {
    LosesFirstRace repository = new LosesFirstRace();
    GatewayTestBed bed = new GatewayTestBed(repository);
    HppSession session = bed.create();
    HppSession disabled = bed.gateway.disableHppSession().disable(MERCHANT, session.id());
    assertThat(disabled.status()).isEqualTo(HppStatus.DISABLED);
    assertThat(disabled.version()).isEqualTo(1);
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.disabled");
  }

  @Test
  void staleCopyCannotOverwriteANewerOne() {
    InMemoryHppSessionRepository repository = new InMemoryHppSessionRepository();
    HppSession original =
        dev.hppgateway.application.fixtures.TestHppSessions.session(ProviderId.of("fake-pay"));
    repository.insert(original);
    HppSession a = repository.findById(original.id()).orElseThrow();
    HppSession b = repository.findById(original.id()).orElseThrow();
    a.disable(Instant.now());
    repository.update(a);
    b.observe(
        dev.hppgateway.domain.ProviderObservation.of(HppStatus.COMPLETED, "COMPLETED"),
        Instant.now());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> repository.update(b))
        .isInstanceOf(StaleHppSessionException.class);
    assertThat(repository.findById(original.id()).orElseThrow().status())
        .isEqualTo(HppStatus.DISABLED);
  }
}
