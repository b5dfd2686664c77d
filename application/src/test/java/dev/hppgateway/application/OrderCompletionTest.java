package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.fixtures.InMemoryPaymentProvider;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.ReceivedCallback;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The order the gateway places after the shopper paid (KP with place_order_mode NONE): retried by
 * the sweep with backoff until the authorization token's lifetime is over, then told to the
 * merchant; and the token itself, a short-lived secret, erased once it is of no more use.
 */
class OrderCompletionTest {
  private static final ProviderId PAY = ProviderId.of("fake-pay");
  private static final String TOKEN = "auth-Secret-7";
  private final GatewayTestBed bed = new GatewayTestBed();

  /** A page the shopper paid, its completion callback handled; the provider gave a token. */
  private HppSession paid() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    bed.pay.shopper(ref, new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", TOKEN, null));
    bed.gateway
        .handleProviderCallback()
        .handle(
            new ReceivedCallback(
                "/gw" + CallbackUrl.forPage(PAY, session.id(), bed.callbackSecret(session)).path(),
                null,
                Map.of(),
                "e1 " + ref + " COMPLETED"));
    return bed.gateway.getHppSession().get(MERCHANT, session.id());
  }

  private HppSession read(HppSession session) {
    return bed.gateway.getHppSession().get(MERCHANT, session.id());
  }

  private long orderAttempts() {
    return bed.pay.calls().stream().filter("afterCompleted"::equals).count();
  }

  private void failOrders(int times) {
    for (int i = 0; i < times; i++) {
      bed.pay.failNext(
          "afterCompleted",
          () ->
              new ProviderRejectedException(
                  PAY, 409, "NOT_ALLOWED", List.of("order not allowed"), "corr-9"));
    }
  }

  @Test
  void aFailedOrderPlacementIsRetriedByTheSweepAfterABackoff() {
    bed.pay.placesOrder("order-9");
    bed.pay.failNext(
        "afterCompleted",
        () -> new ProviderUnavailableException(PAY, "HTTP 503", null, null, null));
    HppSession session = paid();
    assertThat(session.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(session.orderId()).isNull();

    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(orderAttempts()).as("not before the backoff is over").isEqualTo(1);

    bed.clock.advance(Duration.ofMinutes(2));
    bed.gateway.sweepHppSessions().sweep(10);

    HppSession after = read(session);
    assertThat(orderAttempts()).isEqualTo(2);
    assertThat(after.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(after.orderId()).isEqualTo("order-9");
    assertThat(after.authorizationToken()).as("erased once the order is placed").isNull();
    bed.clock.advance(Duration.ofMinutes(30));
    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(orderAttempts()).as("a placed order is not placed again").isEqualTo(2);
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.completed");
  }

  @Test
  void anOrderNeverPlacedWithinTheTokensLifetimeIsReportedOnceAndThePageStaysCompleted() {
    bed.pay.placesOrder("order-9");
    failOrders(100);
    HppSession session = paid();

    for (int minute = 0; minute <= 70; minute++) {
      bed.clock.advance(Duration.ofMinutes(1));
      bed.gateway.sweepHppSessions().sweep(10);
    }

    long attempts = orderAttempts();
    assertThat(attempts).as("retried, with backoff (not every minute)").isBetween(3L, 30L);
    HppSession after = read(session);
    assertThat(after.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(after.orderId()).isNull();
    assertThat(after.authorizationToken()).as("erased once its 60 minutes are over").isNull();
    assertThat(bed.outboxTypes())
        .containsExactly(
            "hpp_session.created", "hpp_session.completed", "hpp_session.order_failed");
    OutboxMessage failed = bed.outbox.all().get(2);
    assertThat(failed.payload())
        .contains("\"type\":\"hpp_session.order_failed\"")
        .contains("\"status\":\"COMPLETED\"")
        .contains("order not allowed")
        .doesNotContain(TOKEN);

    bed.clock.advance(Duration.ofHours(2));
    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(orderAttempts()).as("no attempt after the window").isEqualTo(attempts);
    assertThat(bed.outbox.all()).hasSize(3);
  }

  @Test
  void theTokenIsNeverInAWebhookWhenTheGatewayPlacesTheOrder() {
    bed.pay.placesOrder("order-9");
    failOrders(1);
    HppSession session = paid();

    assertThat(read(session).authorizationToken())
        .as("kept while the order is still to be placed")
        .isEqualTo(TOKEN);
    bed.clock.advance(Duration.ofMinutes(5));
    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(read(session).orderId()).isEqualTo("order-9");
    assertThat(bed.outbox.all())
        .extracting(OutboxMessage::payload)
        .noneMatch(p -> p.contains(TOKEN));
  }

  @Test
  void theTokenIsGivenToTheMerchantWhenItPlacesTheOrderAndErasedAfterItsLifetime() {
    HppSession session = paid(); // the fake places no order: the merchant does

    assertThat(read(session).authorizationToken()).isEqualTo(TOKEN);
    assertThat(bed.outbox.all().get(1).payload())
        .contains("\"authorization_token\":\"" + TOKEN + "\"");

    bed.clock.advance(Duration.ofMinutes(59));
    bed.gateway.sweepHppSessions().sweep(10);
    assertThat(read(session).authorizationToken()).isEqualTo(TOKEN);

    bed.clock.advance(Duration.ofMinutes(2));
    bed.gateway.sweepHppSessions().sweep(10);
    HppSession after = read(session);
    assertThat(after.authorizationToken()).isNull();
    assertThat(after.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.completed");

    // The provider's read still shows the token: an erased token is never taken back.
    bed.clock.advance(Duration.ofMinutes(20));
    bed.gateway
        .handleProviderCallback()
        .handle(
            new ReceivedCallback(
                "/gw" + CallbackUrl.forPage(PAY, session.id(), bed.callbackSecret(session)).path(),
                null,
                Map.of(),
                "e2 " + session.providerRefs().hppSessionId() + " COMPLETED"));
    assertThat(read(session).authorizationToken()).isNull();
  }

  @Test
  void theTokenIsInNoToStringOfThePage() {
    bed.pay.placesOrder("order-9");
    failOrders(1);
    HppSession session = paid();
    assertThat(session.authorizationToken()).isEqualTo(TOKEN);

    assertThat(session.toString()).doesNotContain(TOKEN);
    assertThat(session.snapshot().toString()).doesNotContain(TOKEN);
    assertThat(PageView.of(session).toString()).doesNotContain(TOKEN);
  }

  @Test
  void theTokenIsInNoLogLineEvenWhenTheProviderQuotesIt() {
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    java.util.logging.Level before = root.getLevel();
    java.util.logging.Handler capture =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord record) {
            String message = record.getMessage();
            Object[] parameters = record.getParameters();
            lines.add(
                parameters == null
                    ? String.valueOf(message)
                    : java.text.MessageFormat.format(String.valueOf(message), parameters));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    root.addHandler(capture);
    root.setLevel(java.util.logging.Level.ALL);
    try {
      bed.pay.placesOrder("order-9");
      for (int i = 0; i < 3; i++) {
        bed.pay.failNext(
            "afterCompleted",
            () ->
                new ProviderRejectedException(
                    PAY, 400, "BAD_VALUE", List.of("token " + TOKEN + " is not valid"), "corr-t"));
      }
      HppSession page = paid();
      bed.clock.advance(Duration.ofMinutes(5));
      bed.gateway.sweepHppSessions().sweep(10);
      bed.clock.advance(Duration.ofMinutes(90));
      bed.gateway.sweepHppSessions().sweep(10);
      assertThat(read(page).status()).isEqualTo(HppStatus.COMPLETED);
    } finally {
      root.removeHandler(capture);
      root.setLevel(before);
    }
    assertThat(lines).as("something was logged about the failed placement").isNotEmpty();
    assertThat(lines).noneMatch(line -> line.contains(TOKEN));
  }

  @Test
  void aPendingOrderWhoseProviderIsGoneBacksOffAndIsReportedAtTheEndNotRetriedEverySweep() {
    dev.hppgateway.adapter.inmemory.InMemoryHppSessionRepository sessions =
        new dev.hppgateway.adapter.inmemory.InMemoryHppSessionRepository();
    GatewayTestBed withProvider = new GatewayTestBed(sessions);
    withProvider.pay.placesOrder("order-9");
    withProvider.pay.failNext(
        "afterCompleted",
        () -> new ProviderUnavailableException(PAY, "down", "corr-1", null, null));
    HppSession session = withProvider.create();
    String ref = session.providerRefs().hppSessionId();
    withProvider.pay.shopper(
        ref, new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", TOKEN, null));
    withProvider
        .gateway
        .handleProviderCallback()
        .handle(
            new ReceivedCallback(
                CallbackUrl.forPage(PAY, session.id(), withProvider.callbackSecret(session)).path(),
                null,
                Map.of(),
                "e1 " + ref + " COMPLETED"));
    assertThat(sessions.findById(session.id()).orElseThrow().pendingOrder()).isNotNull();

    // The same stores, but the provider is no longer configured.
    HppGateway without =
        HppGateway.builder()
            .provider(InMemoryPaymentProvider.minimal("basic-pay"))
            .sessions(sessions)
            .outbox(withProvider.outbox)
            .clock(withProvider.clock)
            .build();
    withProvider.clock.advance(Duration.ofMinutes(5));
    without.sweepHppSessions().sweep(10);
    assertThat(sessions.findOrderFollowUpsDue(withProvider.clock.instant(), 10))
        .as("put off, so it does not head every batch")
        .isEmpty();

    withProvider.clock.advance(Duration.ofHours(2));
    without.sweepHppSessions().sweep(10);
    without.sweepHppSessions().sweep(10);
    assertThat(withProvider.outboxTypes())
        .containsExactly(
            "hpp_session.created", "hpp_session.completed", "hpp_session.order_failed");
  }
}
