package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.ReceivedCallback;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The events of one page are numbered and handed to the webhook workers in that order. */
class WebhookSequenceTest {
  private static final ProviderId PAY = ProviderId.of("fake-pay");
  private static final Duration LEASE = Duration.ofMinutes(1);
  private final GatewayTestBed bed = new GatewayTestBed();

  @Test
  void aPagesEventsCarryTheirSequenceAndAreDeliveredInIt() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    // A refund seen on an open page records the missed completion too: two events in one save.
    bed.pay.shopper(ref, HppStatus.REFUNDED);
    assertThat(
            bed.gateway
                .handleProviderCallback()
                .handle(
                    new ReceivedCallback(
                        "/gw"
                            + CallbackUrl.forPage(PAY, session.id(), bed.callbackSecret(session))
                                .path(),
                        null,
                        Map.of(),
                        "e1 " + ref + " REFUNDED")))
        .isEqualTo(CallbackOutcome.APPLIED);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.REFUNDED);

    List<OutboxMessage> all = bed.outbox.all();
    assertThat(all)
        .extracting(OutboxMessage::type)
        .containsExactly("hpp_session.created", "hpp_session.completed", "hpp_session.refunded");
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).sessionId()).isEqualTo(session.id());
      assertThat(all.get(i).sequence()).isEqualTo(i + 1);
      assertThat(all.get(i).payload()).contains("\"sequence\":" + (i + 1) + ",");
    }

    // One worker at a time gets the page's next event, whatever the event ids are.
    List<String> delivered = new java.util.ArrayList<>();
    for (int round = 0; round < 10; round++) {
      for (OutboxMessage m : bed.outbox.claimDue(bed.clock.instant(), 10, LEASE)) {
        assertThat(bed.outbox.claimDue(bed.clock.instant(), 10, LEASE)).isEmpty();
        delivered.add(m.type());
        assertThat(bed.outbox.markDelivered(m.eventId(), m.claimToken(), bed.clock.instant()))
            .isTrue();
      }
    }
    assertThat(delivered)
        .containsExactly("hpp_session.created", "hpp_session.completed", "hpp_session.refunded");
  }
}
