package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.ReceivedCallback;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A callback's move that the provider's read does not show yet is answered NOT_YET_CONFIRMED (the
 * provider retries) on every page, paid ones included; its event id is recorded as seen only once
 * the move is applied or shown to be stale.
 */
class RefundCallbackTest {
  private static final ProviderId PAY = ProviderId.of("fake-pay");
  private final GatewayTestBed bed = new GatewayTestBed();

  private CallbackOutcome callback(HppSession session, String body) {
    return bed.gateway
        .handleProviderCallback()
        .handle(
            new ReceivedCallback(
                "/gw" + CallbackUrl.forPage(PAY, session.id(), bed.callbackSecret(session)).path(),
                null,
                Map.of(),
                body));
  }

  private HppSession paid() {
    HppSession session = bed.create();
    bed.pay.shopper(session.providerRefs().hppSessionId(), HppStatus.COMPLETED);
    assertThat(callback(session, "e1 " + session.providerRefs().hppSessionId() + " COMPLETED"))
        .isEqualTo(CallbackOutcome.APPLIED);
    return session;
  }

  @Test
  void refundCallbackAheadOfTheReadIsAskedAgainAndAppliedOnTheRetry() {
    HppSession session = paid();
    String ref = session.providerRefs().hppSessionId();
    // The provider's read still says COMPLETED when its refund callback arrives.
    assertThat(callback(session, "r1 " + ref + " REFUNDED"))
        .isEqualTo(CallbackOutcome.NOT_YET_CONFIRMED);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.COMPLETED);

    bed.pay.shopper(ref, HppStatus.REFUNDED);
    assertThat(callback(session, "r1 " + ref + " REFUNDED"))
        .as("the provider's retry of the same event is handled, not dropped as a duplicate")
        .isEqualTo(CallbackOutcome.APPLIED);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.REFUNDED);
    assertThat(bed.outboxTypes())
        .containsExactly("hpp_session.created", "hpp_session.completed", "hpp_session.refunded");
    assertThat(callback(session, "r1 " + ref + " REFUNDED"))
        .as("once applied, the event is seen")
        .isEqualTo(CallbackOutcome.DUPLICATE);
  }

  @Test
  void paymentCallbackOnAnEndedPageAheadOfTheReadIsAskedAgain() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    bed.gateway.disableHppSession().disable(MERCHANT, session.id());
    // The read still says DISABLED; the provider says it took a payment: ask again, never drop.
    assertThat(callback(session, "p1 " + ref + " COMPLETED"))
        .isEqualTo(CallbackOutcome.NOT_YET_CONFIRMED);
    bed.pay.shopper(ref, HppStatus.COMPLETED);
    assertThat(callback(session, "p1 " + ref + " COMPLETED")).isEqualTo(CallbackOutcome.APPLIED);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.COMPLETED);
  }

  @Test
  void callbackShownStaleByTheReadIsSeenOnce() {
    HppSession session = paid();
    String ref = session.providerRefs().hppSessionId();
    bed.pay.shopper(ref, HppStatus.REFUNDED);
    // A COMPLETED callback that arrives after the refund: the read shows a later final state.
    assertThat(callback(session, "e0 " + ref + " COMPLETED")).isEqualTo(CallbackOutcome.APPLIED);
    assertThat(callback(session, "e0 " + ref + " COMPLETED")).isEqualTo(CallbackOutcome.DUPLICATE);
    // A cancel the read contradicts (the page was paid) is stale too.
    assertThat(callback(session, "c0 " + ref + " CANCELLED")).isEqualTo(CallbackOutcome.APPLIED);
    assertThat(callback(session, "c0 " + ref + " CANCELLED")).isEqualTo(CallbackOutcome.DUPLICATE);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.REFUNDED);
  }
}
