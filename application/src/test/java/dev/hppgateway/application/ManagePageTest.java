package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.CapabilityNotSupportedException;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.DistributeHppSessionCommand;
import dev.hppgateway.application.port.in.HppSessionNotOpenException;
import dev.hppgateway.application.port.in.RefundOrCancelCommand;
import dev.hppgateway.application.port.in.RefundOrCancelCommand.Kind;
import dev.hppgateway.domain.DistributionMethod;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.IllegalHppTransitionException;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.Shopper;
import org.junit.jupiter.api.Test;

class ManagePageTest {
  private final GatewayTestBed bed = new GatewayTestBed();

  private HppSession basicPage() {
    return bed.gateway
        .createHppSession()
        .create(
            new CreateHppSessionCommand(
                MERCHANT,
                ProviderId.of("basic-pay"),
                "r",
                TestHppSessions.order(),
                null,
                null,
                null,
                null,
                null))
        .session();
  }

  @Test
  void disableTurnsThePageOffAtTheProviderAndTellsTheMerchant() {
    HppSession session = bed.create();
    HppSession disabled = bed.gateway.disableHppSession().disable(MERCHANT, session.id());
    assertThat(disabled.status()).isEqualTo(HppStatus.DISABLED);
    assertThat(bed.pay.calls()).containsExactly("create", "disable");
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.disabled");
    // Again: no second provider call, no second event.
    bed.gateway.disableHppSession().disable(MERCHANT, session.id());
    assertThat(bed.pay.calls()).containsExactly("create", "disable");
    assertThat(bed.outbox.all()).hasSize(2);
  }

  @Test
  void disableOfAPaidPageIsRefusedWithoutCallingTheProvider() {
    HppSession session = bed.create();
    bed.pay.shopper(session.providerRefs().hppSessionId(), HppStatus.COMPLETED);
    bed.gateway.sweepHppSessions().sweep(10); // not stale yet: nothing read
    bed.clock.advance(java.time.Duration.ofMinutes(16));
    bed.gateway.sweepHppSessions().sweep(10); // stale: reconciled to COMPLETED
    assertThatThrownBy(() -> bed.gateway.disableHppSession().disable(MERCHANT, session.id()))
        .isInstanceOf(IllegalHppTransitionException.class);
    assertThat(bed.pay.calls()).doesNotContain("disable");
  }

  @Test
  void providerWithoutDisableSaysSo() {
    HppSession session = basicPage();
    assertThatThrownBy(() -> bed.gateway.disableHppSession().disable(MERCHANT, session.id()))
        .isInstanceOf(CapabilityNotSupportedException.class)
        .hasMessage("disable is not supported by provider basic-pay");
  }

  @Test
  void distributionGoesToTheProvider() {
    HppSession session = bed.create();
    bed.gateway
        .distributeHppSession()
        .distribute(
            new DistributeHppSessionCommand(
                MERCHANT,
                session.id(),
                DistributionMethod.SMS,
                new Shopper(null, "+46701234567", "SE")));
    assertThat(bed.pay.calls()).contains("distribute:SMS");
  }

  @Test
  void distributionNeedsTheCapabilityAndAnOpenPage() {
    HppSession basic = basicPage();
    assertThatThrownBy(
            () ->
                bed.gateway
                    .distributeHppSession()
                    .distribute(
                        new DistributeHppSessionCommand(
                            MERCHANT,
                            basic.id(),
                            DistributionMethod.EMAIL,
                            TestHppSessions.shopper())))
        .hasMessage("distribution by email is not supported by provider basic-pay");
    HppSession session = bed.create();
    bed.gateway.disableHppSession().disable(MERCHANT, session.id());
    assertThatThrownBy(
            () ->
                bed.gateway
                    .distributeHppSession()
                    .distribute(
                        new DistributeHppSessionCommand(
                            MERCHANT,
                            session.id(),
                            DistributionMethod.EMAIL,
                            TestHppSessions.shopper())))
        .isInstanceOf(HppSessionNotOpenException.class);
  }

  @Test
  void distributionChecksTheContactFitsTheMethod() {
    assertThatThrownBy(
            () ->
                new DistributeHppSessionCommand(
                    MERCHANT,
                    bed.create().id(),
                    DistributionMethod.SMS,
                    new Shopper("a@b.example", null, null)))
        .hasMessageContaining("sms needs phone");
  }

  @Test
  void cancelOfAnUnpaidPage() {
    HppSession session = bed.create();
    HppSession cancelled =
        bed.gateway
            .refundOrCancelHppSession()
            .refundOrCancel(new RefundOrCancelCommand(MERCHANT, session.id(), Kind.CANCEL, null));
    assertThat(cancelled.status()).isEqualTo(HppStatus.CANCELLED);
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.cancelled");
  }

  @Test
  void refundOfAnUnpaidPageIsRefusedBeforeTheProviderIsCalled() {
    HppSession session = bed.create();
    assertThatThrownBy(
            () ->
                bed.gateway
                    .refundOrCancelHppSession()
                    .refundOrCancel(
                        new RefundOrCancelCommand(MERCHANT, session.id(), Kind.REFUND, null)))
        .isInstanceOf(IllegalHppTransitionException.class);
    assertThat(bed.pay.calls()).containsExactly("create");
  }

  @Test
  void cancelThatTurnsOutToBeARefundTellsTheTruth() {
    HppSession session = bed.create();
    // The shopper paid; the gateway has not heard yet. Optty-style providers then refund.
    bed.pay.shopper(session.providerRefs().hppSessionId(), HppStatus.COMPLETED);
    HppSession after =
        bed.gateway
            .refundOrCancelHppSession()
            .refundOrCancel(new RefundOrCancelCommand(MERCHANT, session.id(), Kind.CANCEL, null));
    assertThat(after.status()).isEqualTo(HppStatus.REFUNDED);
    assertThat(bed.outboxTypes())
        .containsExactly("hpp_session.created", "hpp_session.completed", "hpp_session.refunded");
  }

  @Test
  void refundOfAPaidPage() {
    HppSession session = bed.create();
    bed.pay.shopper(session.providerRefs().hppSessionId(), HppStatus.COMPLETED);
    bed.clock.advance(java.time.Duration.ofMinutes(16));
    bed.gateway.sweepHppSessions().sweep(10);
    HppSession refunded =
        bed.gateway
            .refundOrCancelHppSession()
            .refundOrCancel(
                new RefundOrCancelCommand(MERCHANT, session.id(), Kind.REFUND, "damaged"));
    assertThat(refunded.status()).isEqualTo(HppStatus.REFUNDED);
  }

  @Test
  void providerWithoutRefundSaysSo() {
    HppSession session = basicPage();
    assertThatThrownBy(
            () ->
                bed.gateway
                    .refundOrCancelHppSession()
                    .refundOrCancel(
                        new RefundOrCancelCommand(MERCHANT, session.id(), Kind.REFUND, null)))
        .isInstanceOf(CapabilityNotSupportedException.class)
        .hasMessage("refund is not supported by provider basic-pay");
  }
}
