package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HppSessionTest {
  private final Instant t1 = TestSessions.T0.plusSeconds(10);

  @Test
  void openedSessionIsWaitingWithACreatedEvent() {
    HppSession.Opened opened =
        HppSession.open(
            TestSessions.draft(),
            new ProviderRefs("ps", "kp"),
            new ShopperLinks("https://pay.example/x", null, null),
            null,
            null,
            TestSessions.T0);
    assertThat(opened.session().status()).isEqualTo(HppStatus.WAITING);
    assertThat(opened.event().type()).isEqualTo("hpp_session.created");
    assertThat(opened.session().expiresAt()).isEqualTo(TestSessions.draft().expiresAt());
  }

  @Test
  void providerExpiryWinsWhenEarlier() {
    Instant earlier = TestSessions.T0.plusSeconds(60);
    HppSession session =
        HppSession.open(
                TestSessions.draft(),
                new ProviderRefs("ps", "kp"),
                new ShopperLinks("https://pay.example/x", null, null),
                "WAITING",
                earlier,
                TestSessions.T0)
            .session();
    assertThat(session.expiresAt()).isEqualTo(earlier);
  }

  @Test
  void completionEmitsOneEventAndCapturesTheToken() {
    HppSession session = TestSessions.waiting();
    List<HppSessionEvent> events =
        session.observe(
            new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", "tok-1", null), t1);
    assertThat(events).singleElement().isInstanceOf(HppSessionCompleted.class);
    assertThat(events.get(0).type()).isEqualTo("hpp_session.completed");
    assertThat(session.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(session.authorizationToken()).isEqualTo("tok-1");
    assertThat(session.updatedAt()).isEqualTo(t1);
  }

  @Test
  void duplicateObservationIsANoOp() {
    HppSession session = TestSessions.waiting();
    session.observe(ProviderObservation.of(HppStatus.COMPLETED, "COMPLETED"), t1);
    assertThat(
            session.observe(
                ProviderObservation.of(HppStatus.COMPLETED, "COMPLETED"), t1.plusSeconds(5)))
        .isEmpty();
    assertThat(session.updatedAt()).isEqualTo(t1);
  }

  @Test
  void repeatedCompletionStillRecordsALaterOrderId() {
    HppSession session = TestSessions.waiting();
    session.observe(ProviderObservation.of(HppStatus.COMPLETED, "COMPLETED"), t1);
    List<HppSessionEvent> events =
        session.observe(
            new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", null, "order-9"),
            t1.plusSeconds(1));
    assertThat(events).isEmpty();
    assertThat(session.orderId()).isEqualTo("order-9");
  }

  static java.util.stream.Stream<HppStatus> finalStatuses() {
    return java.util.stream.Stream.of(HppStatus.values()).filter(HppStatus::isFinal);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "a repeated {0} changes nothing")
  @org.junit.jupiter.params.provider.MethodSource("finalStatuses")
  void repeatedStatusOnAFinalPageChangesNothing(HppStatus end) {
    HppSession session = TestSessions.waiting();
    session.observe(new ProviderObservation(end, end.name(), "tok-1", "order-1"), t1);
    assertThat(session.status()).isEqualTo(end);
    HppSessionSnapshot before = session.snapshot();
    List<HppSessionEvent> events =
        session.observe(
            new ProviderObservation(end, end.name() + "_AGAIN", "tok-2", "order-2"),
            t1.plusSeconds(5));
    assertThat(events).isEmpty();
    assertThat(session.snapshot()).isEqualTo(before);
    assertThat(session.authorizationToken()).isEqualTo("tok-1");
    assertThat(session.orderId()).isEqualTo("order-1");
    assertThat(session.updatedAt()).isEqualTo(t1);
  }

  @Test
  void aPutOffCheckIsKeptUntilThePageMoves() {
    HppSession session = TestSessions.waiting();
    session.deferCheck(t1.plusSeconds(60));
    session.deferCheck(t1.plusSeconds(180));
    assertThat(session.nextCheckAt()).isEqualTo(t1.plusSeconds(180));
    assertThat(session.checkAttempts()).isEqualTo(2);
    assertThat(session.updatedAt()).as("nothing was learned").isEqualTo(TestSessions.T0);
    assertThat(HppSession.rehydrate(session.snapshot()).snapshot()).isEqualTo(session.snapshot());
    session.observe(ProviderObservation.of(HppStatus.IN_PROGRESS, "IN_PROGRESS"), t1);
    assertThat(session.nextCheckAt()).isNull();
    assertThat(session.checkAttempts()).isZero();
  }

  @Test
  void outOfOrderObservationIsIgnored() {
    HppSession session = TestSessions.waiting();
    session.observe(ProviderObservation.of(HppStatus.COMPLETED, "COMPLETED"), t1);
    assertThat(
            session.observe(
                ProviderObservation.of(HppStatus.IN_PROGRESS, "IN_PROGRESS"), t1.plusSeconds(1)))
        .isEmpty();
    assertThat(session.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(session.rawStatus()).isEqualTo("COMPLETED");
  }

  @Test
  void failedPageMayBeRetried() {
    HppSession session = TestSessions.waiting();
    session.observe(ProviderObservation.of(HppStatus.FAILED, "ERROR"), t1);
    assertThat(session.observe(ProviderObservation.of(HppStatus.IN_PROGRESS, "IN_PROGRESS"), t1))
        .singleElement()
        .isInstanceOf(HppSessionStarted.class);
  }

  @Test
  void rawStatusChangesWithinOneNormalizedStatusAreKept() {
    HppSession session = TestSessions.waiting();
    session.observe(ProviderObservation.of(HppStatus.IN_PROGRESS, "IN_PROGRESS"), t1);
    assertThat(
            session.observe(
                ProviderObservation.of(HppStatus.IN_PROGRESS, "MANUAL_ID_CHECK"),
                t1.plusSeconds(1)))
        .isEmpty();
    assertThat(session.rawStatus()).isEqualTo("MANUAL_ID_CHECK");
    assertThat(session.status()).isEqualTo(HppStatus.IN_PROGRESS);
  }

  @Test
  void unknownRawStatusIsRecordedButNotApplied() {
    HppSession session = TestSessions.waiting();
    assertThat(session.observe(ProviderObservation.of(HppStatus.UNKNOWN, "SHINY_NEW"), t1))
        .isEmpty();
    assertThat(session.status()).isEqualTo(HppStatus.WAITING);
    assertThat(session.rawStatus()).isEqualTo("SHINY_NEW");
  }

  @Test
  void disablingACompletedPageIsRejected() {
    HppSession session = TestSessions.waiting();
    session.observe(ProviderObservation.of(HppStatus.COMPLETED, "COMPLETED"), t1);
    assertThatThrownBy(() -> session.disable(t1))
        .isInstanceOf(IllegalHppTransitionException.class)
        .hasMessageContaining("COMPLETED")
        .hasMessageContaining("DISABLED");
  }

  @Test
  void aProviderTurnedOffPageIsExpiredFromItsExpiryOnAndDisabledBefore() {
    HppSession atExpiry = TestSessions.waiting();
    List<HppSessionEvent> expired =
        atExpiry.observeRead(
            ProviderObservation.of(HppStatus.DISABLED, "DISABLED"), atExpiry.expiresAt());
    assertThat(expired)
        .singleElement()
        .extracting(HppSessionEvent::type)
        .isEqualTo("hpp_session.expired");
    assertThat(atExpiry.status()).isEqualTo(HppStatus.EXPIRED);
    assertThat(atExpiry.rawStatus()).isEqualTo("DISABLED");

    HppSession before = TestSessions.waiting();
    before.observe(
        ProviderObservation.of(HppStatus.DISABLED, "DISABLED"), before.expiresAt().minusMillis(1));
    assertThat(before.status()).isEqualTo(HppStatus.DISABLED);

    HppSession paid = TestSessions.waiting();
    paid.observe(ProviderObservation.of(HppStatus.COMPLETED, "COMPLETED"), t1);
    assertThat(
            paid.observeRead(
                ProviderObservation.of(HppStatus.DISABLED, "DISABLED"),
                paid.expiresAt().plusSeconds(1)))
        .as("a final page stays as it is")
        .isEmpty();
    assertThat(paid.status()).isEqualTo(HppStatus.COMPLETED);
  }

  @Test
  void disablingTwiceIsANoOp() {
    HppSession session = TestSessions.waiting();
    assertThat(session.disable(t1)).singleElement().isInstanceOf(HppSessionDisabled.class);
    assertThat(session.disable(t1.plusSeconds(1))).isEmpty();
  }

  @Test
  void aRefundOfAnUnpaidPageIsRefusedBeforeAnyoneIsAsked() {
    HppSession session = TestSessions.waiting();
    assertThatThrownBy(() -> session.requireCanBecome(HppStatus.REFUNDED))
        .isInstanceOf(IllegalHppTransitionException.class);
  }

  @Test
  void completedPageCanBeRefunded() {
    HppSession session = TestSessions.waiting();
    session.observe(ProviderObservation.of(HppStatus.COMPLETED, "COMPLETED"), t1);
    session.requireCanBecome(HppStatus.REFUNDED);
    assertThat(session.observe(ProviderObservation.of(HppStatus.REFUNDED, "REFUNDED"), t1))
        .singleElement()
        .isInstanceOf(HppSessionRefunded.class);
  }

  @Test
  void refundSeenOnAnOpenPageImpliesTheMissedCompletion() {
    HppSession session = TestSessions.waiting();
    assertThat(session.observe(ProviderObservation.of(HppStatus.REFUNDED, "REFUNDED"), t1))
        .extracting(HppSessionEvent::status)
        .containsExactly(HppStatus.COMPLETED, HppStatus.REFUNDED);
    assertThat(session.status()).isEqualTo(HppStatus.REFUNDED);
    assertThat(session.rawStatus()).isEqualTo("REFUNDED");
  }

  @Test
  void refundNeverReopensACancelledPage() {
    HppSession session = TestSessions.waiting();
    session.observe(ProviderObservation.of(HppStatus.CANCELLED, "CANCELLED"), t1);
    assertThat(session.observe(ProviderObservation.of(HppStatus.REFUNDED, "REFUNDED"), t1))
        .isEmpty();
    assertThat(session.status()).isEqualTo(HppStatus.CANCELLED);
  }

  @Test
  void expiresOnlyOnceDueAndOnlyWhenOpen() {
    HppSession session = TestSessions.waiting();
    assertThat(session.expireIfDue(session.expiresAt().minusSeconds(1))).isEmpty();
    assertThat(session.expireIfDue(session.expiresAt()))
        .singleElement()
        .isInstanceOf(HppSessionExpired.class);
    assertThat(session.expireIfDue(session.expiresAt().plusSeconds(1))).isEmpty();

    HppSession paid = TestSessions.waiting();
    paid.observe(ProviderObservation.of(HppStatus.COMPLETED, "COMPLETED"), t1);
    assertThat(paid.expireIfDue(paid.expiresAt().plusSeconds(1))).isEmpty();
    assertThat(paid.status()).isEqualTo(HppStatus.COMPLETED);
  }

  @Test
  void snapshotRoundTripsAndVersionsOnlyGrow() {
    HppSession session = TestSessions.waiting();
    session.observe(new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", "tok", "ord"), t1);
    session.persistedAs(1);
    HppSession copy = HppSession.rehydrate(session.snapshot());
    assertThat(copy.snapshot()).isEqualTo(session.snapshot());
    assertThatThrownBy(() -> copy.persistedAs(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringLeaksNoTokenNorSecret() {
    HppSession session = TestSessions.waiting();
    ProviderObservation paid =
        new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", "secret-token", null);
    session.observe(paid, t1);
    HppSessionDraft withCallback =
        new HppSessionDraft(
            HppSessionId.of("hpp_9"),
            MerchantId.of("m1"),
            TestSessions.KP,
            "r",
            TestSessions.order(),
            MerchantUrls.none()
                .withStatusUpdate(
                    UrlTemplate.parse(
                        "https://gw.example/callbacks/klarna-kp/hpp_9/the-callback-secret", "s")),
            null,
            null,
            t1.plusSeconds(3600),
            "the-secret-hash");
    for (Object value : new Object[] {session, session.snapshot(), paid, withCallback}) {
      assertThat(value.toString())
          .as(value.getClass().getSimpleName())
          .doesNotContain("secret-token")
          .doesNotContain("the-callback-secret")
          .doesNotContain("hash");
    }
  }

  @Test
  void aPageNeverKeepsTheGatewaysStatusCallbackUrl() {
    HppSessionDraft draft = TestSessions.draft();
    HppSessionDraft withCallback =
        new HppSessionDraft(
            draft.id(),
            draft.merchantId(),
            draft.providerId(),
            draft.merchantReference(),
            draft.order(),
            draft
                .merchantUrls()
                .withStatusUpdate(
                    UrlTemplate.parse(
                        "https://gw.example/callbacks/klarna-kp/hpp_1/the-callback-secret", "s")),
            draft.options(),
            draft.shopper(),
            draft.expiresAt(),
            draft.callbackSecretHash());

    HppSession session =
        HppSession.open(
                withCallback,
                new ProviderRefs("ps", "kp"),
                new ShopperLinks("https://pay.example/ps", null, null),
                "WAITING",
                null,
                t1)
            .session();

    assertThat(session.merchantUrls().get(UrlKind.STATUS_UPDATE)).isEmpty();
    assertThat(session.merchantUrls()).isEqualTo(draft.merchantUrls());
    assertThat(HppSession.rehydrate(session.snapshot()).snapshot()).isEqualTo(session.snapshot());
  }

  @Test
  void providerPaymentRefsAreKeptOnceInOrderOnFinalPagesTooAndSurviveASnapshot() {
    HppSession session = TestSessions.waiting();
    assertThat(session.providerPaymentRefs()).isEmpty();

    assertThat(session.recordProviderPaymentRef("ord_1", t1)).isTrue();
    assertThat(session.recordProviderPaymentRef("ord_1", t1.plusSeconds(1))).isFalse();
    session.observe(ProviderObservation.of(HppStatus.CANCELLED, "CANCELLED"), t1);
    assertThat(session.recordProviderPaymentRef("ord_2", t1.plusSeconds(2))).isTrue();

    assertThat(session.providerPaymentRefs()).containsExactly("ord_1", "ord_2");
    assertThat(session.updatedAt()).isEqualTo(t1.plusSeconds(2));
    assertThat(HppSession.rehydrate(session.snapshot()).providerPaymentRefs())
        .containsExactly("ord_1", "ord_2");
    assertThatThrownBy(() -> session.recordProviderPaymentRef(" ", t1))
        .isInstanceOf(DomainValidationException.class);
    assertThatThrownBy(() -> session.recordProviderPaymentRef("x".repeat(256), t1))
        .isInstanceOf(DomainValidationException.class);
  }

  @Test
  void onlyTheLatestProviderPaymentRefsAreKept() {
    HppSession session = TestSessions.waiting();
    for (int i = 0; i <= HppSession.MAX_PROVIDER_PAYMENT_REFS; i++) {
      session.recordProviderPaymentRef("ord_" + i, t1);
    }
    assertThat(session.providerPaymentRefs())
        .hasSize(HppSession.MAX_PROVIDER_PAYMENT_REFS)
        .doesNotContain("ord_0")
        .endsWith("ord_" + HppSession.MAX_PROVIDER_PAYMENT_REFS);
  }
}
