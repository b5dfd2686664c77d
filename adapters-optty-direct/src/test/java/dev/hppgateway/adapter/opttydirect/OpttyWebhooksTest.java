package dev.hppgateway.adapter.opttydirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.domain.HppStatus;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Optty webhooks: only payment-link events with an invoice number are about a page. */
class OpttyWebhooksTest {

  @Test
  void aPaymentLinkStatusUpdateNamesTheInvoiceAndStatus() {
    Optional<CallbackHint> hint =
        parse(
            """
        {"id":"evt_123","event":"ORDER_STATUS_UPDATE","createdAt":"2026-11-23T12:05:00Z",
         "data":{"initiator":"payment-link","status":"SUCCESSFUL","orderReference":"ord-9",
                 "metadata":{"invoiceNumber":"hpp_abc"},"amount":249.0,"currency":"SEK"}}""");

    assertThat(hint)
        .contains(
            new CallbackHint(
                "evt_123", null, "hpp_abc", "SUCCESSFUL", HppStatus.COMPLETED, "ord-9"));
  }

  /**
   * A cancelled order hints FAILED (the link stays payable); without an event id, another order of
   * the same link ending the same way is another event, not a duplicate.
   */
  @Test
  void aCancelledOrderHintsFailedAndEachOrderIsItsOwnEvent() {
    String first = event(null, "ORDER_STATUS_UPDATE", "payment-link", "CANCELLED", "hpp_abc");
    CallbackHint hint = parse(first).orElseThrow();
    CallbackHint next = parse(first.replace("ord-9", "ord-10")).orElseThrow();

    assertThat(hint.hinted()).isEqualTo(HppStatus.FAILED);
    assertThat(hint.providerPaymentRef()).isEqualTo("ord-9");
    assertThat(next.providerPaymentRef()).isEqualTo("ord-10");
    assertThat(next.eventId()).isNotEqualTo(hint.eventId());
  }

  @Test
  void anUnknownStatusIsPassedOnNotRejected() {
    Optional<CallbackHint> hint =
        parse(event("evt_1", "ORDER_ASYNC_CALLBACK", "payment-link", "AWAITING_WIRE", "hpp_abc"));

    assertThat(hint).map(CallbackHint::rawStatus).contains("AWAITING_WIRE");
  }

  @Test
  void aSuccessfulRefundEventReadsAsRefunded() {
    assertThat(parse(event("evt_2", "REFUND_CALLBACK", "payment-link", "SUCCESSFUL", "hpp_abc")))
        .map(CallbackHint::rawStatus)
        .contains("REFUNDED");
    assertThat(parse(event("evt_3", "REFUND_CALLBACK", "payment-link", "PENDING", "hpp_abc")))
        .map(CallbackHint::rawStatus)
        .contains("REFUND_PENDING");
  }

  @Test
  void withoutAnIdTheEventIdIsAStableHashOfEventInvoiceAndStatus() {
    String body = event(null, "ORDER_STATUS_UPDATE", "payment-link", "PENDING", "hpp_abc");

    String first = parse(body).orElseThrow().eventId();
    String again =
        parse(body.replace("\"currency\":\"SEK\"", "\"currency\":\"SEK\",\"noise\":1"))
            .orElseThrow()
            .eventId();
    String otherStatus =
        parse(event(null, "ORDER_STATUS_UPDATE", "payment-link", "SUCCESSFUL", "hpp_abc"))
            .orElseThrow()
            .eventId();
    String otherInvoice =
        parse(event(null, "ORDER_STATUS_UPDATE", "payment-link", "PENDING", "hpp_xyz"))
            .orElseThrow()
            .eventId();

    assertThat(first).startsWith("optty-").isEqualTo(again);
    assertThat(first).isNotEqualTo(otherStatus).isNotEqualTo(otherInvoice);
  }

  @Test
  void eventsOfOtherInitiatorsAreIgnored() {
    assertThat(parse(event("evt_4", "ORDER_STATUS_UPDATE", "checkout", "SUCCESSFUL", "hpp_abc")))
        .isEmpty();
    assertThat(
            parse(
                "{\"id\":\"evt_5\",\"event\":\"ORDER_STATUS_UPDATE\",\"data\":{\"status\":\"SUCCESSFUL\"}}"))
        .isEmpty();
    assertThat(parse("{\"id\":\"evt_6\",\"event\":\"SOMETHING_NEW\"}")).isEmpty();
  }

  @Test
  void aPaymentLinkEventWithoutAnInvoiceNumberIsIgnored() {
    assertThat(
            parse(
                "{\"id\":\"evt_7\",\"event\":\"ORDER_STATUS_UPDATE\","
                    + "\"data\":{\"initiator\":\"payment-link\",\"status\":\"SUCCESSFUL\",\"metadata\":{}}}"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1,2]", "{\"id\":", "\"text\""})
  void anUnreadableBodyIsMalformed(String body) {
    assertThatThrownBy(() -> parse(body)).isInstanceOf(ProviderMalformedAnswerException.class);
  }

  /**
   * Issue 12: a body nested up to the JSON reader's 1 000-level limit was read into a tree by
   * recursion, one level per nesting, and threw StackOverflowError (not the malformed refusal the
   * callback endpoint answers 400) on a thread with a smaller stack; found by
   * HostileCallbackPropertyTest. Run here on a 256 KiB stack so the failure is certain.
   */
  @ParameterizedTest
  @ValueSource(ints = {65, 999, 1_001, 50_000})
  void aDeeplyNestedBodyIsMalformedEvenOnASmallStack(int depth) throws Exception {
    String body =
        "{\"id\":\"e\",\"data\":{\"initiator\":\"payment-link\",\"metadata\":"
            + "{\"a\":".repeat(depth)
            + "1"
            + "}".repeat(depth)
            + "}}";
    Throwable[] thrown = new Throwable[1];
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                parse(body);
              } catch (Throwable t) {
                thrown[0] = t;
              }
            },
            "small-stack",
            256 * 1024);
    small.start();
    small.join(30_000);

    assertThat(small.isAlive()).isFalse();
    assertThat(thrown[0]).isInstanceOf(ProviderMalformedAnswerException.class);
  }

  @Test
  void aBodyNestedWithinTheLimitIsRead() {
    String metadata = "{\"invoiceNumber\":\"inv-1\",\"x\":" + "[".repeat(60) + "]".repeat(60) + "}";
    assertThat(
            parse(
                "{\"id\":\"e\",\"data\":{\"initiator\":\"payment-link\",\"status\":\"x\","
                    + "\"metadata\":"
                    + metadata
                    + "}}"))
        .isPresent();
  }

  private static Optional<CallbackHint> parse(String body) {
    return OpttyWebhooks.parse(
        new ProviderCallback("", Map.of("content-type", "application/json"), body));
  }

  private static String event(
      String id, String event, String initiator, String status, String invoiceNumber) {
    return "{"
        + (id == null ? "" : "\"id\":\"" + id + "\",")
        + "\"event\":\""
        + event
        + "\","
        + "\"createdAt\":\"2026-11-23T12:05:00Z\",\"data\":{\"initiator\":\""
        + initiator
        + "\",\"status\":\""
        + status
        + "\",\"orderReference\":\"ord-9\",\"metadata\":{\"invoiceNumber\":\""
        + invoiceNumber
        + "\"},"
        + "\"amount\":249.0,\"currency\":\"SEK\"}}";
  }
}
