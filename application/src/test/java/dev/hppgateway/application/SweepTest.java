package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.SweepReport;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {
  private final GatewayTestBed bed = new GatewayTestBed();

  @Test
  void overduePageIsExpiredAfterTheProviderIsRead() {
    HppSession session = bed.create();
    bed.clock.advance(Duration.ofHours(47));
    SweepReport report = bed.gateway.sweepHppSessions().sweep(10);
    assertThat(report.expired()).isEqualTo(1);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.EXPIRED);
    assertThat(bed.pay.calls()).containsExactly("create", "fetch", "disable");
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.expired");
  }

  @Test
  void pageExpiredByTheMerchantsEarlierExpiryIsTurnedOffAtTheProviderSoNobodyPaysIt() {
    HppSession session =
        bed.gateway
            .createHppSession()
            .create(
                new CreateHppSessionCommand(
                    MERCHANT,
                    ProviderId.of("fake-pay"),
                    "r",
                    TestHppSessions.order(),
                    null,
                    null,
                    null,
                    TestHppSessions.NOW.plus(Duration.ofHours(1)),
                    null))
            .session();
    bed.clock.advance(Duration.ofHours(1));
    assertThat(bed.gateway.sweepHppSessions().sweep(10).expired()).isEqualTo(1);
    HppSession provider = bed.gateway.getHppSession().get(MERCHANT, session.id());
    assertThat(provider.status()).isEqualTo(HppStatus.EXPIRED);
    assertThat(
            bed.pay
                .readPage(dev.hppgateway.application.port.out.provider.PageView.of(provider))
                .normalized())
        .as("the page at the provider")
        .isEqualTo(HppStatus.DISABLED);
  }

  @Test
  void pagePaidBetweenTheReadAndTheTurnOffIsCompletedNotExpired() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    bed.clock.advance(Duration.ofHours(48));
    bed.pay.failNext(
        "disable",
        () -> {
          bed.pay.shopper(ref, HppStatus.COMPLETED);
          return new ProviderRejectedException(
              ProviderId.of("fake-pay"), 400, "NOT_ALLOWED", List.of("completed"), null);
        });
    SweepReport report = bed.gateway.sweepHppSessions().sweep(10);
    assertThat(report.expired()).isZero();
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.COMPLETED);
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.completed");
  }

  @Test
  void reconciliationMovesOnToPagesNotCheckedForLongest() {
    HppSession oldest = bed.create();
    bed.clock.advance(Duration.ofSeconds(1));
    HppSession older = bed.create();
    bed.clock.advance(Duration.ofSeconds(1));
    HppSession paid = bed.create();
    bed.pay.shopper(
        paid.providerRefs().hppSessionId(), HppStatus.COMPLETED); // its callback was lost
    bed.clock.advance(Duration.ofMinutes(16));
    bed.gateway.sweepHppSessions().sweep(2); // reads the two oldest, which have not changed
    assertThat(bed.gateway.getHppSession().get(MERCHANT, paid.id()).status())
        .isEqualTo(HppStatus.WAITING);
    bed.gateway.sweepHppSessions().sweep(2);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, paid.id()).status())
        .isEqualTo(HppStatus.COMPLETED);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, oldest.id()).status())
        .isEqualTo(HppStatus.WAITING);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, older.id()).status())
        .isEqualTo(HppStatus.WAITING);
  }

  @Test
  void pagePaidJustBeforeExpiryIsNeverReportedExpired() {
    HppSession session = bed.create();
    bed.pay.shopper(session.providerRefs().hppSessionId(), HppStatus.COMPLETED);
    bed.clock.advance(Duration.ofHours(48));
    SweepReport report = bed.gateway.sweepHppSessions().sweep(10);
    assertThat(report.expired()).isZero();
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.COMPLETED);
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.completed");
  }

  @Test
  void unreadableProviderLeavesThePageForTheNextSweep() {
    HppSession session = bed.create();
    bed.clock.advance(Duration.ofHours(48));
    bed.pay.failNext(
        () -> new ProviderUnavailableException(ProviderId.of("fake-pay"), "503", null, null, null));
    assertThat(bed.gateway.sweepHppSessions().sweep(10).failed()).isEqualTo(1);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.WAITING);
    assertThat(bed.gateway.sweepHppSessions().sweep(10).expired()).isEqualTo(1);
  }

  @Test
  void quietPagesAreReconciled() {
    HppSession session = bed.create();
    bed.pay.shopper(session.providerRefs().hppSessionId(), HppStatus.FAILED);
    assertThat(bed.gateway.sweepHppSessions().sweep(10).reconciled()).isZero();
    bed.clock.advance(Duration.ofMinutes(16));
    assertThat(bed.gateway.sweepHppSessions().sweep(10).reconciled()).isEqualTo(1);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.FAILED);
  }

  @Test
  void finalPagesAreLeftAlone() {
    HppSession session = bed.create();
    bed.gateway.disableHppSession().disable(MERCHANT, session.id());
    bed.clock.advance(Duration.ofHours(48));
    SweepReport report = bed.gateway.sweepHppSessions().sweep(10);
    assertThat(report).isEqualTo(new SweepReport(0, 0, 0));
  }

  @Test
  void theExpiryHalfLeavesQuietPagesUnreadAndTheReconcileHalfExpiresNothing() {
    HppSession quiet = bed.create();
    bed.pay.shopper(quiet.providerRefs().hppSessionId(), HppStatus.FAILED);
    bed.clock.advance(Duration.ofMinutes(16));

    assertThat(bed.gateway.sweepHppSessions().expire(10)).isEqualTo(new SweepReport(0, 0, 0));
    assertThat(bed.gateway.getHppSession().get(MERCHANT, quiet.id()).status())
        .as("not reconciled by the expiry half")
        .isEqualTo(HppStatus.WAITING);
    assertThat(bed.gateway.sweepHppSessions().reconcile(10)).isEqualTo(new SweepReport(0, 1, 0));
    assertThat(bed.gateway.getHppSession().get(MERCHANT, quiet.id()).status())
        .isEqualTo(HppStatus.FAILED);

    HppSession overdue = bed.create();
    bed.clock.advance(Duration.ofHours(48));
    assertThat(bed.gateway.sweepHppSessions().reconcile(10).expired())
        .as("the reconcile half never expires")
        .isZero();
    // both pages: a FAILED page is not final (the shopper may try again) until it expires
    assertThat(bed.gateway.sweepHppSessions().expire(10).expired()).isEqualTo(2);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, overdue.id()).status())
        .isEqualTo(HppStatus.EXPIRED);
  }
}
