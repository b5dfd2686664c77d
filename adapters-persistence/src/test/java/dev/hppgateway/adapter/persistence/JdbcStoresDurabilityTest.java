package dev.hppgateway.adapter.persistence;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.HppGateway;
import dev.hppgateway.application.fixtures.CapableInMemoryPaymentProvider;
import dev.hppgateway.application.fixtures.InMemoryPaymentProvider;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.ReceivedCallback;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.UrlKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an embedded user gets from {@link JdbcStores#open}: the stores of a gateway built with
 * {@code stores(…)} keep its pages and their webhook events after everything is closed and the same
 * database is opened again. Subclasses say which database.
 */
abstract class JdbcStoresDurabilityTest {
  private static final ProviderId PAY = ProviderId.of("fake-pay");

  /** An empty database (or schema) of the kind under test, the same on every call. */
  abstract String url();

  String username() {
    return "";
  }

  String password() {
    return "";
  }

  private CreateHppSessionCommand command() {
    return new CreateHppSessionCommand(
        MERCHANT,
        PAY,
        "order-42",
        TestHppSessions.order(),
        TestHppSessions.urls(),
        PageOptions.none(),
        null,
        null,
        "key-1");
  }

  @Test
  void aPageAndItsEventsOutliveTheGatewayAndTheStores() {
    CapableInMemoryPaymentProvider pay = InMemoryPaymentProvider.fullyCapable("fake-pay");
    JdbcStores stores = JdbcStores.open(url(), username(), password());
    HppSession page;
    try (HppGateway gateway =
        HppGateway.builder()
            .publicBaseUrl("https://gw.example/")
            .stores(stores)
            .provider(pay)
            .closeWith(stores)
            .build()) {
      page = gateway.createHppSession().create(command()).session();
      String ref = page.providerRefs().hppSessionId();
      String statusUrl =
          pay.draftOf(ref).merchantUrls().get(UrlKind.STATUS_UPDATE).orElseThrow().raw();
      String secret = statusUrl.substring(statusUrl.lastIndexOf('/') + 1);
      pay.shopper(ref, HppStatus.COMPLETED);
      CallbackUrl callback = CallbackUrl.forPage(PAY, page.id(), secret);
      assertThat(
              gateway
                  .handleProviderCallback()
                  .handle(
                      new ReceivedCallback(
                          "/gw" + callback.path(), null, Map.of(), "e1 " + ref + " COMPLETED")))
          .isEqualTo(CallbackOutcome.APPLIED);
    }
    assertThat(stores.toString()).as("the gateway closed the stores").endsWith(", closed]");
    HppSession created = page;
    assertThatThrownBy(() -> stores.sessions().findById(created.id()))
        .as("their pool is closed")
        .isInstanceOf(RuntimeException.class);
    stores.close(); // a second close does nothing

    try (JdbcStores reopened = JdbcStores.open(url(), username(), password());
        HppGateway gateway =
            HppGateway.builder()
                .stores(reopened)
                .provider(InMemoryPaymentProvider.fullyCapable("fake-pay"))
                .build()) {
      HppSession read = gateway.getHppSession().get(MERCHANT, page.id());
      assertThat(read.status()).isEqualTo(HppStatus.COMPLETED);
      assertThat(read.providerRefs()).isEqualTo(page.providerRefs());
      assertThat(gateway.createHppSession().create(command()).session().id())
          .as("the idempotency key survived too: the same create is a replay")
          .isEqualTo(page.id());

      Instant now = Instant.now();
      List<String> events = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        for (OutboxMessage message : reopened.outbox().claimDue(now, 10, Duration.ofMinutes(1))) {
          events.add(message.type());
          assertThat(reopened.outbox().markDelivered(message.eventId(), message.claimToken(), now))
              .isTrue();
        }
      }
      assertThat(events).containsExactly("hpp_session.created", "hpp_session.completed");
      assertThat(reopened.eventLog().alreadyHandled(PAY, "e1")).isTrue();
      assertThat(gateway.getHppSessionEvents().events(MERCHANT, page.id()))
          .as("the timeline, written with the page through the durable stores")
          .extracting(e -> e.sequence(), e -> e.type(), e -> e.source(), e -> e.providerStatus())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  1L, "hpp_session.created", dev.hppgateway.domain.HppChangeSource.API, "WAITING"),
              org.assertj.core.groups.Tuple.tuple(
                  2L,
                  "hpp_session.completed",
                  dev.hppgateway.domain.HppChangeSource.CALLBACK,
                  "COMPLETED"));
    }
  }
}
