package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.api.ApiKeys;
import dev.hppgateway.sandbox.SandboxServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the service jar in the middle of its work, then a restart on the same
 * database: the embedded default, an H2 file in a temporary directory. Sandbox mode, Klarna KP at a
 * provider simulator in the test's JVM (it outlives the kill), webhooks to a loopback receiver that
 * dedupes by event id and counts, the webhook worker every 100 ms with a claim lease of 3 s past
 * its attempts ({@code HPP_WEBHOOKS_DELIVERY_LEASE_MARGIN}), the sweep every 300 ms.
 *
 * <p>Injects: three clients creating pages without pause (every second one paid by the shopper at
 * once, so callbacks and webhook deliveries run all the time); once at least 15 creates were
 * answered 201 and 5 webhooks received, at a moment when the receiver holds a delivery (it answers
 * each after 50 ms, the ones around the kill after 3 s), SIGKILL ({@link
 * ServiceJar#killDashNine()}: exit status 137, the process gone per {@link ProcessHandle}) while
 * the clients keep going; the same jar restarted on the same port and database; the clients go on
 * until 10 more creates were answered.
 *
 * <p>Proves: every create answered 201, before or after the kill, is read back after the restart
 * with its amount and merchant reference (no acknowledged page lost); every event {@code GET
 * /v1/webhook-events} lists is delivered and the receiver got each of them (the ones the killed
 * process had claimed are sent again once their lease ran out: none stuck, and the one it was
 * sending at the kill arrives a second time); every delivery is signed.
 */
class KillDashNineIT {
  private static final String KLARNA_PASSWORD = "klarna-password-" + ApiKeys.generate();
  private static final String MERCHANT_KEY = ApiKeys.generate();
  private static final String WEBHOOK_SECRET = "whsec_" + "k".repeat(40);

  private final GatewayHttp api = new GatewayHttp(MERCHANT_KEY);

  @Test
  void afterKillDashNineEveryAnsweredCreateIsReadBackAndEveryEventIsDelivered() throws Exception {
    Path work = Files.createTempDirectory("hpp-gateway-kill9-");
    int port = ServiceJar.freePort();
    String base = "http://127.0.0.1:" + port;
    ServiceJar first = null;
    ServiceJar second = null;
    ExecutorService clients = Executors.newFixedThreadPool(3);
    Stream stream = new Stream(base);
    try (SandboxServer providers =
            SandboxServer.start(0, ReliabilityEnvironment.simulator(KLARNA_PASSWORD));
        WebhookReceiver receiver = WebhookReceiver.start(WEBHOOK_SECRET, Duration.ofMillis(50))) {
      Map<String, String> env =
          ReliabilityEnvironment.of(
              port,
              base,
              ServiceJar.h2File(work.resolve("hpp")),
              providers,
              KLARNA_PASSWORD,
              new ReliabilityEnvironment.Merchant(
                  "shop-kill9", MERCHANT_KEY, receiver.url(), WEBHOOK_SECRET));
      env.put("HPP_WEBHOOKS_DELIVERY_LEASE_MARGIN", "3s");
      first = ServiceJar.launch(env, work, Path.of("target", "service-jar-kill9-before.log"));
      first.awaitHealth(base);

      for (int i = 0; i < 3; i++) {
        clients.submit(stream::run);
      }
      await(
          "15 creates answered and 5 webhooks received",
          () -> stream.answered.size() >= 15 && receiver.deliveries().size() >= 5,
          Duration.ofSeconds(60));
      // the kill point: a webhook in the receiver's hands (claimed, sent, not yet answered)
      receiver.holdFor(Duration.ofSeconds(3));
      await(
          "a webhook being received", () -> !receiver.inFlight().isEmpty(), Duration.ofSeconds(30));
      Set<String> beingReceived = receiver.inFlight();
      int answeredAtKill = stream.answered.size();
      int receivedAtKill = receiver.deliveries().size();
      first.killDashNine();
      receiver.holdFor(Duration.ofMillis(50));
      int answeredBeforeKill = stream.answered.size();

      second = ServiceJar.launch(env, work, Path.of("target", "service-jar-kill9-after.log"));
      second.awaitHealth(base);
      int answeredAtRestart = stream.answered.size();
      await(
          "10 more creates answered after the restart",
          () -> stream.answered.size() >= answeredAtRestart + 10,
          Duration.ofSeconds(30));
      stream.stop();
      clients.shutdown();
      assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).as("clients stopped").isTrue();

      // every create answered 201 is there, as created
      for (Map.Entry<String, Created> created : stream.answered.entrySet()) {
        HttpResponse<String> read = api.get(base, created.getKey());
        assertThat(read.statusCode()).as("read " + created + ": " + read.body()).isEqualTo(200);
        Map<String, String> page = GatewayHttp.fields(read.body());
        assertThat(page.get("amount")).as(read.body()).isEqualTo(created.getValue().amount());
        assertThat(page.get("merchant_reference"))
            .as(read.body())
            .isEqualTo(created.getValue().reference());
      }

      // every outbox event delivered, none stuck with the dead process's claim
      List<Map<String, String>> events = api.awaitDelivered(base, receiver, Duration.ofSeconds(45));
      Set<String> ids = new HashSet<>();
      events.forEach(e -> ids.add(e.get("id")));
      assertThat(receiver.distinctIds()).as("distinct event ids received").isEqualTo(ids);
      assertThat(receiver.unsigned()).as("deliveries whose signature did not verify").isZero();
      for (String id : beingReceived) {
        assertThat(receiver.counts().get(id))
            .as(id + ", being sent at the kill, sent again once its lease ran out")
            .isGreaterThanOrEqualTo(2);
      }

      System.out.printf(
          "KillDashNineIT: kill -9 (exit 137) after %d creates answered 201 and %d webhooks"
              + " received; %d creates answered before the kill, %d in all (%d create calls"
              + " failed or refused while it was down or dying); all read back after the restart;"
              + " %d events listed, %d deliveries, %d distinct received, %d events received more"
              + " than once (claimed by the killed process, sent again after its lease)%n",
          answeredAtKill,
          receivedAtKill,
          answeredBeforeKill,
          stream.answered.size(),
          stream.failed.get(),
          ids.size(),
          receiver.deliveries().size(),
          receiver.distinctIds().size(),
          receiver.duplicates().size());
    } finally {
      stream.stop();
      clients.shutdownNow();
      ServiceJar.closeAll(first, second);
      ServiceJar.deleteTree(work);
    }
  }

  private static void await(String what, BooleanSupplier condition, Duration limit)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not within " + limit + ": " + what);
      }
      Thread.sleep(1);
    }
  }

  /** What a create answered with 201 asked for. */
  private record Created(String amount, String reference) {}

  /** Clients creating pages (every second one paid at once) until stopped. */
  private final class Stream {
    private final String base;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Map<String, Created> answered = new ConcurrentHashMap<>();

    Stream(String base) {
      this.base = base;
    }

    void stop() {
      running.set(false);
    }

    void run() {
      while (running.get()) {
        int k = next.incrementAndGet();
        long amount = 1000 + k;
        String reference = "kill9-" + k;
        try {
          HttpResponse<String> created =
              api.create(
                  base,
                  GatewayHttp.kpPage(reference, amount, Instant.now().plus(Duration.ofHours(1))));
          if (created.statusCode() != 201) {
            failed.incrementAndGet();
            continue;
          }
          Map<String, String> page = GatewayHttp.fields(created.body());
          answered.put(page.get("id"), new Created(String.valueOf(amount), reference));
          if (k % 2 == 0) {
            api.pay(page.get("redirect_url"));
          }
        } catch (IOException down) {
          failed.incrementAndGet();
          pause();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (Exception e) {
          failed.incrementAndGet();
          pause();
        }
      }
    }

    private void pause() {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running.set(false);
      }
    }
  }
}
