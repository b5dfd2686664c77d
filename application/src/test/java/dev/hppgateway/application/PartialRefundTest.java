package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.port.in.RefundOrCancelCommand;
import dev.hppgateway.application.port.in.RefundOrCancelCommand.Kind;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.provider.RefundRequest;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.RefundExceedsRefundableException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Refunds of part of a paid page's amount, then of the rest, through the use case. */
class PartialRefundTest {
  private final GatewayTestBed bed = new GatewayTestBed();

  /** A page of 24 900 SEK the shopper paid, reconciled to COMPLETED. */
  private HppSession paid() {
    HppSession session = bed.create();
    bed.pay.shopper(session.providerRefs().hppSessionId(), HppStatus.COMPLETED);
    bed.clock.advance(Duration.ofMinutes(16));
    bed.gateway.sweepHppSessions().sweep(10);
    return session;
  }

  private HppSession refund(HppSession session, Long amount, String currency) {
    return bed.gateway
        .refundOrCancelHppSession()
        .refundOrCancel(
            new RefundOrCancelCommand(
                MERCHANT, session.id(), Kind.REFUND, "damaged", amount, currency));
  }

  private String lastPayload() {
    List<OutboxMessage> all = bed.outbox.all();
    return all.get(all.size() - 1).payload();
  }

  @Test
  void aPartialRefundThenTheRestEndsRefunded() {
    HppSession session = paid();

    HppSession partly = refund(session, 500L, null);

    assertThat(partly.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(partly.refundedAmount()).isEqualTo(Money.of(500, "SEK"));
    assertThat(bed.pay.refundRequests())
        .containsExactly(
            new RefundRequest(Money.of(500, "SEK"), session.id().value() + "-r1", "damaged"));
    assertThat(bed.outboxTypes()).endsWith("hpp_session.partially_refunded");
    assertThat(lastPayload())
        .contains("\"status\":\"COMPLETED\"")
        .contains("\"refund_amount\":500,")
        .contains("\"refunded_amount\":500,");
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).refundedAmount())
        .isEqualTo(Money.of(500, "SEK"));

    HppSession refunded = refund(session, null, null);

    assertThat(refunded.status()).isEqualTo(HppStatus.REFUNDED);
    assertThat(refunded.refundedAmount()).isEqualTo(Money.of(24_900, "SEK"));
    assertThat(bed.pay.refundRequests().get(1))
        .isEqualTo(
            new RefundRequest(Money.of(24_400, "SEK"), session.id().value() + "-r2", "damaged"));
    assertThat(bed.outboxTypes())
        .endsWith("hpp_session.partially_refunded", "hpp_session.refunded");
    assertThat(lastPayload())
        .contains("\"refund_amount\":24400,")
        .contains("\"refunded_amount\":24900,");
  }

  @Test
  void aRefundOverWhatRemainsIsRefusedBeforeTheProviderIsCalledAndChangesNothing() {
    HppSession session = paid();
    refund(session, 24_000L, "SEK");
    int events = bed.outbox.all().size();

    assertThatThrownBy(() -> refund(session, 901L, null))
        .isInstanceOfSatisfying(
            RefundExceedsRefundableException.class,
            e -> assertThat(e.reason()).isEqualTo("exceeds the refundable 900"));

    assertThat(bed.pay.refundRequests()).hasSize(1);
    assertThat(bed.outbox.all()).hasSize(events);
    HppSession stored = bed.gateway.getHppSession().get(MERCHANT, session.id());
    assertThat(stored.refundedAmount()).isEqualTo(Money.of(24_000, "SEK"));
    assertThat(stored.status()).isEqualTo(HppStatus.COMPLETED);
  }

  @Test
  void aRefundInAnotherCurrencyIsAFieldErrorAndNeverReachesTheProvider() {
    HppSession session = paid();
    assertThatThrownBy(() -> refund(session, 500L, "EUR"))
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("currency"));
    assertThat(bed.pay.refundRequests()).isEmpty();
  }

  @Test
  void aFullRefundOfARefundedPageIsANoOpButAnAmountIsRefused() {
    HppSession session = paid();
    refund(session, null, null);
    int events = bed.outbox.all().size();

    assertThat(refund(session, null, null).status()).isEqualTo(HppStatus.REFUNDED);
    assertThatThrownBy(() -> refund(session, 1L, null))
        .isInstanceOf(RefundExceedsRefundableException.class);

    assertThat(bed.pay.refundRequests()).hasSize(1);
    assertThat(bed.outbox.all()).hasSize(events);
  }

  @Test
  void aRefundTheProviderHasNotConfirmedIsNotCountedAndItsRetryKeepsTheReference() {
    HppSession session = paid();
    bed.pay.refundsPending(true);

    HppSession after = refund(session, 500L, null);

    assertThat(after.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(after.refundedAmount()).isEqualTo(Money.of(0, "SEK"));
    assertThat(bed.outboxTypes()).doesNotContain("hpp_session.partially_refunded");

    bed.pay.refundsPending(false);
    HppSession retried = refund(session, 500L, null);

    assertThat(retried.refundedAmount()).isEqualTo(Money.of(500, "SEK"));
    assertThat(bed.pay.refundRequests())
        .extracting(RefundRequest::reference)
        .containsExactly(session.id().value() + "-r1", session.id().value() + "-r1");
  }

  @Test
  void aCancelTakesNoAmount() {
    HppSession session = paid();
    assertThatThrownBy(
            () -> new RefundOrCancelCommand(MERCHANT, session.id(), Kind.CANCEL, null, 500L, null))
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("amount"));
  }

  @Test
  void aZeroAmountOrABadCurrencyCodeIsAFieldError() {
    HppSession session = paid();
    assertThatThrownBy(
            () -> new RefundOrCancelCommand(MERCHANT, session.id(), Kind.REFUND, null, 0L, null))
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    assertThatThrownBy(
            () -> new RefundOrCancelCommand(MERCHANT, session.id(), Kind.REFUND, null, 5L, "sek"))
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("currency"));
  }
}
