package dev.hppgateway.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.HppSessionNotFoundException;
import dev.hppgateway.application.port.in.HppSessionPage;
import dev.hppgateway.application.port.in.HppSessionQuery;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAndListTest {
  private final GatewayTestBed bed = new GatewayTestBed();

  @Test
  void anotherMerchantsSessionIsNotFound() {
    HppSession session = bed.create();
    assertThatThrownBy(
            () -> bed.gateway.getHppSession().get(TestHppSessions.OTHER_MERCHANT, session.id()))
        .isInstanceOf(HppSessionNotFoundException.class);
    assertThatThrownBy(
            () ->
                bed.gateway
                    .getHppSession()
                    .get(TestHppSessions.MERCHANT, HppSessionId.of("hpp_missing")))
        .isInstanceOf(HppSessionNotFoundException.class);
  }

  @Test
  void listPagesNewestFirstWithACursor() {
    List<HppSession> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(bed.create());
      bed.clock.advance(Duration.ofSeconds(1));
    }
    HppSessionPage first =
        bed.gateway
            .listHppSessions()
            .list(new HppSessionQuery(TestHppSessions.MERCHANT, null, null, null, 2, null));
    assertThat(first.sessions())
        .extracting(HppSession::id)
        .containsExactly(created.get(4).id(), created.get(3).id());
    assertThat(first.hasMore()).isTrue();
    HppSessionPage second =
        bed.gateway
            .listHppSessions()
            .list(
                new HppSessionQuery(
                    TestHppSessions.MERCHANT, null, null, null, 2, created.get(3).id()));
    assertThat(second.sessions())
        .extracting(HppSession::id)
        .containsExactly(created.get(2).id(), created.get(1).id());
    HppSessionPage last =
        bed.gateway
            .listHppSessions()
            .list(
                new HppSessionQuery(
                    TestHppSessions.MERCHANT, null, null, null, 2, created.get(1).id()));
    assertThat(last.sessions()).extracting(HppSession::id).containsExactly(created.get(0).id());
    assertThat(last.hasMore()).isFalse();
  }

  @Test
  void listFiltersByStatusProviderAndReference() {
    HppSession one = bed.create();
    bed.gateway.disableHppSession().disable(TestHppSessions.MERCHANT, one.id());
    bed.create();
    assertThat(
            bed.gateway
                .listHppSessions()
                .list(
                    new HppSessionQuery(
                        TestHppSessions.MERCHANT, null, HppStatus.DISABLED, null, 10, null))
                .sessions())
        .extracting(HppSession::id)
        .containsExactly(one.id());
    assertThat(
            bed.gateway
                .listHppSessions()
                .list(
                    new HppSessionQuery(
                        TestHppSessions.MERCHANT,
                        "order-42",
                        null,
                        ProviderId.of("fake-pay"),
                        10,
                        null))
                .sessions())
        .hasSize(2);
    assertThat(
            bed.gateway
                .listHppSessions()
                .list(new HppSessionQuery(TestHppSessions.MERCHANT, "other", null, null, 10, null))
                .sessions())
        .isEmpty();
    assertThat(
            bed.gateway
                .listHppSessions()
                .list(
                    new HppSessionQuery(TestHppSessions.OTHER_MERCHANT, null, null, null, 10, null))
                .sessions())
        .isEmpty();
  }

  @Test
  void aCreationWindowMustStartBeforeItEnds() {
    Instant at = TestHppSessions.NOW;
    assertThatThrownBy(
            () -> new HppSessionQuery(TestHppSessions.MERCHANT, null, null, null, 10, null, at, at))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new HppSessionQuery(
                    TestHppSessions.MERCHANT, null, null, null, 10, null, at, at.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new HppSessionQuery(
                    TestHppSessions.MERCHANT, null, null, null, 10, null, at, at.plusNanos(1))
                .createdWithin(at))
        .isTrue();
  }
}
