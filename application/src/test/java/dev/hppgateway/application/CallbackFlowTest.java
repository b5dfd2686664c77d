package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.ReceivedCallback;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A callback loads the page once, reads the provider once, applies once and saves once. */
class CallbackFlowTest {

  /** Counts the store's reads and writes. */
  static final class CountingRepository extends ForwardingHppSessionRepository {
    final AtomicInteger loads = new AtomicInteger();
    final AtomicInteger updates = new AtomicInteger();

    void reset() {
      loads.set(0);
      updates.set(0);
    }

    @Override
    public void update(HppSession session) {
      updates.incrementAndGet();
      super.update(session);
    }

    @Override
    public Optional<HppSession> findById(HppSessionId id) {
      loads.incrementAndGet();
      return super.findById(id);
    }

    @Override
    public Optional<HppSession> findByProviderSessionId(ProviderId p, String id) {
      loads.incrementAndGet();
      return super.findByProviderSessionId(p, id);
    }

    @Override
    public List<HppSession> findByPaymentRef(ProviderId p, String ref) {
      loads.incrementAndGet();
      return super.findByPaymentRef(p, ref);
    }
  }

  private final CountingRepository repository = new CountingRepository();
  private final GatewayTestBed bed = new GatewayTestBed(repository);

  @Test
  void perPageCallbackLoadsReadsAppliesAndSavesOnce() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    bed.pay.shopper(ref, HppStatus.COMPLETED);
    String secret = bed.callbackSecret(session);
    repository.reset();
    int readsBefore = fetches();

    CallbackOutcome outcome =
        bed.gateway
            .handleProviderCallback()
            .handle(
                new ReceivedCallback(
                    CallbackUrl.forPage(ProviderId.of("fake-pay"), session.id(), secret).path(),
                    null,
                    Map.of(),
                    "e1 " + ref + " COMPLETED"));

    assertThat(outcome).isEqualTo(CallbackOutcome.APPLIED);
    assertThat(repository.loads.get()).as("page loads").isEqualTo(1);
    assertThat(fetches() - readsBefore).as("provider reads").isEqualTo(1);
    assertThat(repository.updates.get()).as("saves").isEqualTo(1);
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.completed");
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.COMPLETED);
  }

  @Test
  void aRepeatedCallbackReadsTheProviderButSavesNothing() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    String secret = bed.callbackSecret(session);
    repository.reset();
    bed.gateway
        .handleProviderCallback()
        .handle(
            new ReceivedCallback(
                CallbackUrl.forPage(ProviderId.of("fake-pay"), session.id(), secret).path(),
                null,
                Map.of(),
                "e2 " + ref + " WAITING"));
    assertThat(repository.loads.get()).isEqualTo(1);
    assertThat(repository.updates.get()).as("nothing changed, nothing saved").isZero();
  }

  private int fetches() {
    return (int) bed.pay.calls().stream().filter("fetch"::equals).count();
  }
}
