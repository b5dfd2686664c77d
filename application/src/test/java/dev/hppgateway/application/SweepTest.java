package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.in.SweepReport;
import dev.hppgateway.application.port.out.ProviderUnavailableException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SweepTest {
  private final GatewayTestBed bed = new GatewayTestBed();

  @Test
  void overduePageIsExpiredAfterTheProviderIsRead() {
    HppSession session = bed.create();
    bed.clock.advance(Duration.ofHours(47));
    SweepReport report = bed.gateway.sweep(10);
    assertThat(report.expired()).isEqualTo(1);
    assertThat(bed.gateway.get(MERCHANT, session.id()).status()).isEqualTo(HppStatus.EXPIRED);
    assertThat(bed.pay.calls()).containsExactly("create", "fetch");
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.expired");
  }

  @Test
  void pagePaidJustBeforeExpiryIsNeverReportedExpired() {
    HppSession session = bed.create();
    bed.pay.shopper(session.providerRefs().hppSessionId(), HppStatus.COMPLETED);
    bed.clock.advance(Duration.ofHours(48));
    SweepReport report = bed.gateway.sweep(10);
    assertThat(report.expired()).isZero();
    assertThat(bed.gateway.get(MERCHANT, session.id()).status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.completed");
  }

  @Test
  void unreadableProviderLeavesThePageForTheNextSweep() {
    HppSession session = bed.create();
    bed.clock.advance(Duration.ofHours(48));
    bed.pay.failNext(() -> new ProviderUnavailableException(ProviderId.of("fake-pay"), "503", null, null, null));
    assertThat(bed.gateway.sweep(10).failed()).isEqualTo(1);
    assertThat(bed.gateway.get(MERCHANT, session.id()).status()).isEqualTo(HppStatus.WAITING);
    assertThat(bed.gateway.sweep(10).expired()).isEqualTo(1);
  }

  @Test
  void quietPagesAreReconciled() {
    HppSession session = bed.create();
    bed.pay.shopper(session.providerRefs().hppSessionId(), HppStatus.FAILED);
    assertThat(bed.gateway.sweep(10).reconciled()).isZero();
    bed.clock.advance(Duration.ofMinutes(16));
    assertThat(bed.gateway.sweep(10).reconciled()).isEqualTo(1);
    assertThat(bed.gateway.get(MERCHANT, session.id()).status()).isEqualTo(HppStatus.FAILED);
  }

  @Test
  void finalPagesAreLeftAlone() {
    HppSession session = bed.create();
    bed.gateway.disable(MERCHANT, session.id());
    bed.clock.advance(Duration.ofHours(48));
    SweepReport report = bed.gateway.sweep(10);
    assertThat(report).isEqualTo(new SweepReport(0, 0, 0));
  }
}
