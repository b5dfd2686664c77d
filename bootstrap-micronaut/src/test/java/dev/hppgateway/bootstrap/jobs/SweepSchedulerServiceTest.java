package dev.hppgateway.bootstrap.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.api.BootstrapMerchant;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
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
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service sweeps on its own: a page whose expiry passes becomes EXPIRED with no request after
 * its creation, and the run is counted. The interval is short here so the wait stays short; the
 * wait is bounded.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SweepSchedulerServiceTest implements TestPropertyProvider {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private final int port = freePort();
  private final HttpClient http = HttpClient.newHttpClient();

  @Inject ApplicationContext context;
  @Inject HppSessionRepository sessions;
  @Inject MeterRegistry meters;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "datasources.default.url",
        "jdbc:h2:mem:sweep-scheduler;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "micronaut.server.port",
        String.valueOf(port),
        "micronaut.server.host",
        "127.0.0.1",
        "hpp.public-base-url",
        "http://127.0.0.1:" + port,
        "hpp.sandbox.enabled",
        "true",
        "hpp.sweep.interval",
        "200ms",
        "hpp.sweep.batch-size",
        "5");
  }

  @Test
  void aPageIsExpiredByTheScheduledSweepWithoutAnyRequest() throws Exception {
    assertThat(context.containsBean(SweepScheduler.class)).as("on by default").isTrue();
    assertThat(context.containsBean(ReconcileScheduler.class)).as("on by default").isTrue();
    Instant expiry = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
    HttpResponse<String> created = create(expiry);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    HppSessionId id = HppSessionId.of(location.substring("/v1/hpp-sessions/".length()));
    assertThat(sessions.findById(id).orElseThrow().status()).isEqualTo(HppStatus.WAITING);

    HppStatus status = HppStatus.WAITING;
    Instant deadline = Instant.now().plus(WAIT);
    while (status != HppStatus.EXPIRED && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      status = sessions.findById(id).orElseThrow().status();
    }

    assertThat(status).as("swept within %s", WAIT).isEqualTo(HppStatus.EXPIRED);
    assertThat(Instant.now()).as("not before its expiry").isAfterOrEqualTo(expiry);
    // The run counts its pages after its transaction committed: the page can read EXPIRED a
    // moment before the scheduler's thread has counted it.
    while (!counted() && Instant.now().isBefore(deadline.plus(WAIT))) {
      Thread.sleep(50);
    }
    assertThat(
            meters.find(SweepScheduler.PAGES).tags("job", "expiry", "outcome", "expired").counter())
        .isNotNull()
        .satisfies(counter -> assertThat(counter.count()).isGreaterThanOrEqualTo(1));
    assertThat(meters.find(SweepScheduler.RUNS).tags("job", "expiry", "outcome", "ok").timer())
        .isNotNull()
        .satisfies(timer -> assertThat(timer.count()).isGreaterThanOrEqualTo(1));
  }

  private HttpResponse<String> create(Instant expiresAt) throws Exception {
    String body =
        """
        {"provider":"klarna-kp","merchant_reference":"order-swept","purchase_country":"SE",
         "currency":"SEK","locale":"sv-SE","amount":10000,"tax_amount":2000,
         "order_lines":[{"type":"physical","name":"T-shirt","quantity":1,"unit_price":10000,
           "tax_rate":2500,"total_amount":10000,"total_tax_amount":2000}],
         "expires_at":"%s"}
        """
            .formatted(expiresAt);
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/hpp-sessions"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + BootstrapMerchant.SANDBOX_DEMO_KEY)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean counted() {
    var pages =
        meters.find(SweepScheduler.PAGES).tags("job", "expiry", "outcome", "expired").counter();
    var runs = meters.find(SweepScheduler.RUNS).tags("job", "expiry", "outcome", "ok").timer();
    return pages != null && pages.count() >= 1 && runs != null && runs.count() >= 1;
  }
}
