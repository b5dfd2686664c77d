package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.HppUseCases;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.UrlKind;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service with {@code hpp.sandbox.enabled=true}: the sandbox is served by the service itself,
 * the providers point at it by default, pages are stored by the JDBC stores (H2), and the
 * providers' callbacks come back through the callback endpoint. Not transactional: the callback
 * arrives on another thread and must see the committed page.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceWithSandboxTest implements TestPropertyProvider {
  private final int port = freePort();

  @Inject HppUseCases useCases;
  @Inject List<PaymentProvider> providers;
  @Inject OutboxRepository outbox;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "micronaut.server.port",
        String.valueOf(port),
        "micronaut.server.host",
        "127.0.0.1",
        "hpp.public-base-url",
        "http://127.0.0.1:" + port,
        "hpp.sandbox.enabled",
        "true",
        // This test claims the outbox itself: no worker competes for the messages.
        "hpp.webhooks.delivery.enabled",
        "false",
        "datasources.default.url",
        "jdbc:h2:mem:service-with-sandbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  @Test
  void theThreeProvidersAreWired() {
    assertThat(providers)
        .extracting(PaymentProvider::id)
        .containsExactlyInAnyOrder(
            ProviderId.of("klarna-kp"), ProviderId.of("kustom-kco"), ProviderId.of("optty-direct"));
  }

  @Test
  void kpPagePaidOnTheSandboxCompletesThroughTheCallback() throws Exception {
    MerchantUrls urls =
        MerchantUrls.parse(
            Map.of(
                UrlKind.SUCCESS,
                "https://shop.example/ok?s={{session_id}}&t={{authorization_token}}"));
    HppSession page =
        useCases
            .create()
            .create(
                new CreateHppSessionCommand(
                    TestHppSessions.MERCHANT,
                    ProviderId.of("klarna-kp"),
                    "order-1",
                    TestHppSessions.order(),
                    urls,
                    null,
                    null,
                    null,
                    null))
            .session();
    assertThat(page.links().redirectUrl())
        .startsWith("http://127.0.0.1:" + port + "/sandbox/klarna/");

    HttpResponse<Void> paid = post(page.links().redirectUrl() + "/pay");
    assertThat(paid.statusCode()).isEqualTo(303);
    String location = paid.headers().firstValue("Location").orElseThrow();
    assertThat(location)
        .startsWith("https://shop.example/ok?s=" + page.providerRefs().hppSessionId() + "&t=");
    String token = location.substring(location.indexOf("&t=") + 3);
    assertThat(token).isNotBlank();

    HppSession settled = awaitStatus(page, HppStatus.COMPLETED);
    assertThat(settled.authorizationToken())
        .as("the gateway placed the order: the token is erased")
        .isNull();
    assertThat(settled.orderId()).as("the order placed with the authorization token").isNotBlank();
    // The page's events go out in their sequence: created first, completed once it is delivered.
    List<OutboxMessage> first =
        outbox.claimDue(Instant.now().plusSeconds(1), 100, Duration.ofMinutes(1)).stream()
            .filter(message -> page.id().equals(message.sessionId()))
            .toList();
    assertThat(first).hasSize(1);
    OutboxMessage created = first.get(0);
    assertThat(created.type()).isEqualTo("hpp_session.created");
    assertThat(created.sequence()).isEqualTo(1);
    assertThat(outbox.markDelivered(created.eventId(), created.claimToken(), Instant.now()))
        .isTrue();
    assertThat(outbox.claimDue(Instant.now().plusSeconds(1), 100, Duration.ofMinutes(1)))
        .filteredOn(message -> page.id().equals(message.sessionId()))
        .singleElement()
        .satisfies(message -> assertThat(message.type()).isEqualTo("hpp_session.completed"))
        .satisfies(message -> assertThat(message.sequence()).isEqualTo(2))
        .satisfies(
            message ->
                assertThat(message.payload())
                    .contains("\"order_id\":\"" + settled.orderId() + "\"")
                    .doesNotContain(token));
  }

  @Test
  void opttyLinkPaidOnTheSandboxCompletesThroughTheAccountWideWebhook() throws Exception {
    HppSession page =
        useCases
            .create()
            .create(
                new CreateHppSessionCommand(
                    TestHppSessions.MERCHANT,
                    ProviderId.of("optty-direct"),
                    "order-3",
                    TestHppSessions.order(),
                    null,
                    null,
                    TestHppSessions.shopper(),
                    null,
                    null))
            .session();
    assertThat(post(page.links().redirectUrl() + "/pay").statusCode()).isEqualTo(303);
    HppSession settled = awaitStatus(page, HppStatus.COMPLETED);
    assertThat(settled.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(settled.rawStatus()).isEqualTo("SUCCESSFUL");
  }

  @Test
  void callbackWithAWrongSecretIsNotFound() throws Exception {
    HppSession page =
        useCases
            .create()
            .create(
                new CreateHppSessionCommand(
                    TestHppSessions.MERCHANT,
                    ProviderId.of("klarna-kp"),
                    "order-2",
                    TestHppSessions.order(),
                    null,
                    null,
                    null,
                    null,
                    null))
            .session();
    HttpResponse<Void> answer =
        post("http://127.0.0.1:" + port + "/callbacks/klarna-kp/" + page.id() + "/wrong");
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(useCases.get().get(TestHppSessions.MERCHANT, page.id()).status())
        .isEqualTo(HppStatus.WAITING);
  }

  private HppSession awaitStatus(HppSession page, HppStatus status) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    HppSession current = useCases.get().get(TestHppSessions.MERCHANT, page.id());
    while (current.status() != status && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      current = useCases.get().get(TestHppSessions.MERCHANT, page.id());
    }
    return current;
  }

  private static HttpResponse<Void> post(String url) throws IOException, InterruptedException {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
