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
import dev.hppgateway.domain.ProviderObservation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A payment the provider confirms on a read is recorded whatever the gateway believed: a page the
 * gateway expired or the merchant disabled completes when the provider's read says paid, with the
 * previous status in the webhook and a WARN log.
 */
class LatePaymentFlowTest {
  private static final ProviderId PAY = ProviderId.of("fake-pay");
  private final GatewayTestBed bed = new GatewayTestBed();
  private final Logger log =
      Logger.getLogger("dev.hppgateway.application.service.StatusSynchronizer");
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    log.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    log.removeHandler(capture);
  }

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

  @Test
  void paymentConfirmedOnAnExpiredPageCompletesItWithAWarning() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    bed.clock.advance(Duration.ofHours(48));
    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.EXPIRED);
    // The provider took the payment anyway (the shopper was already on the page).
    bed.pay.shopper(
        ref, new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", "late-token", null));

    assertThat(callback(session, "e1 " + ref + " COMPLETED")).isEqualTo(CallbackOutcome.APPLIED);

    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.COMPLETED);
    assertThat(bed.outboxTypes())
        .containsExactly("hpp_session.created", "hpp_session.expired", "hpp_session.completed");
    OutboxMessage completed = bed.outbox.all().get(2);
    assertThat(completed.payload())
        .contains("\"status\":\"COMPLETED\"")
        .contains("\"previous_status\":\"EXPIRED\"");
    assertThat(logged)
        .filteredOn(r -> r.getLevel() == Level.WARNING)
        .singleElement()
        .satisfies(
            r -> {
              String message = java.text.MessageFormat.format(r.getMessage(), r.getParameters());
              assertThat(message)
                  .contains("late payment")
                  .contains(session.id().value())
                  .contains("EXPIRED")
                  .doesNotContain("late-token");
            });
  }

  @Test
  void refundConfirmedOnADisabledPageRecordsTheImpliedCompletion() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    bed.gateway.disableHppSession().disable(MERCHANT, session.id());
    bed.pay.shopper(ref, HppStatus.REFUNDED);

    assertThat(callback(session, "e1 " + ref + " REFUNDED")).isEqualTo(CallbackOutcome.APPLIED);

    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.REFUNDED);
    assertThat(bed.outboxTypes())
        .containsExactly(
            "hpp_session.created",
            "hpp_session.disabled",
            "hpp_session.completed",
            "hpp_session.refunded");
    assertThat(bed.outbox.all().get(2).payload()).contains("\"previous_status\":\"DISABLED\"");
  }

  @Test
  void ordinaryCompletionNamesItsPreviousStatusAndLogsNoWarning() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    bed.pay.shopper(ref, HppStatus.COMPLETED);
    callback(session, "e1 " + ref + " COMPLETED");
    assertThat(bed.outbox.all().get(1).payload()).contains("\"previous_status\":\"WAITING\"");
    assertThat(bed.outbox.all().get(0).payload()).contains("\"previous_status\":null");
    assertThat(logged).noneMatch(r -> r.getLevel() == Level.WARNING);
  }
}
