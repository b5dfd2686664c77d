package dev.hppgateway.application.port.out.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxState;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an adapter hands the core about a callback, and an outbox message's numbering: absent parts
 * read as empty or unknown, a hint names its page, and a message has a session and a sequence from
 * 1, or neither.
 */
class CallbackValuesTest {

  @Test
  void aRawCallbackWithoutPartsIsEmpty() {
    ProviderCallback callback = new ProviderCallback(null, null, null);
    assertThat(callback.path()).isEmpty();
    assertThat(callback.headers()).isEmpty();
    assertThat(callback.body()).isEmpty();
    assertThat(new ProviderCallback("p", Map.of("a", "b"), "{}").headers()).containsEntry("a", "b");
  }

  @Test
  void aHintNamesItsPageAndReadsWhatItLacksAsUnknown() {
    assertThatThrownBy(() -> new CallbackHint("e", null, null, "PAID", HppStatus.COMPLETED, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names the page by session id or payment ref");
    CallbackHint bySession = new CallbackHint("e", "ps_1", null, "X", null, " ");
    assertThat(bySession.hinted()).isEqualTo(HppStatus.UNKNOWN);
    assertThat(bySession.providerPaymentRef()).isNull();
    CallbackHint byPayment =
        new CallbackHint("e", null, "pay_1", "PAID", HppStatus.COMPLETED, "o1");
    assertThat(byPayment.hinted()).isEqualTo(HppStatus.COMPLETED);
    assertThat(byPayment.providerPaymentRef()).isEqualTo("o1");
  }

  @Test
  void anOutboxMessageHasASessionAndASequenceFromOneOrNeither() {
    HppSessionId page = HppSessionId.of("hpp_1");
    assertThat(message(page, 1).sequence()).isEqualTo(1);
    assertThat(message(null, 0).sessionId()).isNull();
    for (Object[] wrong : new Object[][] {{page, 0L}, {null, 1L}, {page, -1L}, {null, -1L}}) {
      assertThatThrownBy(() -> message((HppSessionId) wrong[0], (Long) wrong[1]))
          .as("%s/%s", wrong[0], wrong[1])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("a session and a sequence from 1, or neither");
    }
  }

  private static OutboxMessage message(HppSessionId session, long sequence) {
    return new OutboxMessage(
        "evt_1",
        TestHppSessions.MERCHANT,
        session,
        sequence,
        "hpp_session.completed",
        "{}",
        OutboxState.PENDING,
        0,
        TestHppSessions.NOW,
        null,
        TestHppSessions.NOW,
        null);
  }
}
