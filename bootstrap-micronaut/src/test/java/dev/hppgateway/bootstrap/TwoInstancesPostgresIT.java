package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.api.ApiKeys;
import dev.hppgateway.bootstrap.api.EnabledIfPostgresReachable;
import dev.hppgateway.sandbox.SandboxServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two service jar processes on one PostgreSQL database ({@code h_twoinst}, dropped and created
 * fresh), both in sandbox mode with Klarna KP at one provider simulator in the test's JVM, both
 * delivering webhooks to one loopback receiver, sweeping every 300 ms (pages quiet for a second are
 * reconciled, so both sweeps keep reading the same pages) and delivering webhooks in batches of
 * three every 100 ms.
 *
 * <p>Injects: {@value #PAGES} pages created concurrently, half on each instance; two of every three
 * paid by the shopper at once, the rest left to expire six seconds after creation (only a sweep
 * expires them). Every provider callback lands on the creating instance and, at the same moment, a
 * copy on the other one ({@link CallbackCopier}, each instance's public base URL).
 *
 * <p>Proves: every page ends in the right final status; each page's timeline ({@code GET
 * /v1/hpp-sessions/{id}/events}) has each status at most once, numbered 1, 2, 3…, each entry
 * starting from the previous one's status, in lifecycle order (no double transition although
 * callbacks, their copies and two sweeps raced on it); every outbox event ({@code GET
 * /v1/webhook-events}) is delivered and signed; no event is received by two deliveries that overlap
 * in time (two instances sending it at once), none more often than the gateway attempted it, and
 * one is received again only after an attempt the gateway saw fail (its {@code last_error} is set:
 * the receiver answers 204, so only a timeout on a loaded machine does that); both instances
 * delivered webhooks and both sweeps handled pages.
 */
@EnabledIfPostgresReachable
class TwoInstancesPostgresIT {
  static final int PAGES = 30;
  private static final String DATABASE = "h_twoinst";
  private static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String KLARNA_PASSWORD = "klarna-password-" + ApiKeys.generate();
  private static final String MERCHANT_KEY = ApiKeys.generate();
  private static final String WEBHOOK_SECRET = "whsec_" + "t".repeat(40);
  private static final Pattern SWEEP =
      Pattern.compile("(?:expiry|reconciliation): expired=(\\d+) reconciled=(\\d+) failed=(\\d+)");
  private static final List<String> LIFECYCLE =
      List.of("WAITING", "IN_PROGRESS", "COMPLETED", "REFUNDED");

  private final GatewayHttp api = new GatewayHttp(MERCHANT_KEY);

  @Test
  void twoInstancesOnOneDatabaseNeverTransitionAPageTwiceNorSendAnEventTwice() throws Exception {
    recreateDatabase();
    Path work = Files.createTempDirectory("hpp-gateway-twoinst-");
    Path logA = Path.of("target", "service-jar-twoinst-a.log");
    Path logB = Path.of("target", "service-jar-twoinst-b.log");
    ServiceJar a = null;
    ServiceJar b = null;
    ExecutorService shoppers = Executors.newFixedThreadPool(6);
    try (SandboxServer providers =
            SandboxServer.start(0, ReliabilityEnvironment.simulator(KLARNA_PASSWORD));
        CallbackCopier copier = new CallbackCopier();
        WebhookReceiver receiver = WebhookReceiver.start(WEBHOOK_SECRET, Duration.ofMillis(30))) {
      int portA = ServiceJar.freePort();
      int portB = ServiceJar.freePort();
      String baseA = "http://127.0.0.1:" + portA;
      String baseB = "http://127.0.0.1:" + portB;
      copier.route("a", baseA);
      copier.route("b", baseB);
      ReliabilityEnvironment.Merchant merchant =
          new ReliabilityEnvironment.Merchant(
              "shop-twoinst", MERCHANT_KEY, receiver.url(), WEBHOOK_SECRET);
      String jdbc = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
      a =
          ServiceJar.launch(
              ReliabilityEnvironment.of(
                  portA, copier.publicBaseUrl("a"), jdbc, providers, KLARNA_PASSWORD, merchant),
              work,
              logA);
      a.awaitHealth(baseA);
      b =
          ServiceJar.launch(
              ReliabilityEnvironment.of(
                  portB, copier.publicBaseUrl("b"), jdbc, providers, KLARNA_PASSWORD, merchant),
              work,
              logB);
      b.awaitHealth(baseB);
      receiver.identifySendersAmong(List.of(a.pid(), b.pid()));
      List<String> bases = List.of(baseA, baseB);

      // creates on both, two in three paid at once, concurrently
      Map<String, String> expected = new ConcurrentHashMap<>();
      List<Future<?>> work1 = new ArrayList<>();
      for (int i = 0; i < PAGES; i++) {
        int k = i;
        work1.add(
            shoppers.submit(
                () -> {
                  boolean pay = k % 3 != 0;
                  Instant expiry =
                      Instant.now().plus(pay ? Duration.ofHours(1) : Duration.ofSeconds(6));
                  HttpResponse<String> created =
                      api.create(
                          bases.get(k % 2), GatewayHttp.kpPage("twoinst-" + k, 1000 + k, expiry));
                  assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                  Map<String, String> page = GatewayHttp.fields(created.body());
                  if (pay) {
                    assertThat(api.pay(page.get("redirect_url"))).as("paid").isEqualTo(303);
                  }
                  expected.put(page.get("id"), pay ? "COMPLETED" : "EXPIRED");
                  return null;
                }));
      }
      for (Future<?> done : work1) {
        done.get(60, TimeUnit.SECONDS);
      }
      assertThat(expected).hasSize(PAGES);

      Map<String, String> finalStatus = awaitFinal(bases, expected.keySet());
      assertThat(finalStatus).as("final statuses").isEqualTo(expected);

      // every page's timeline: no double transition
      int entries = 0;
      int i = 0;
      for (String id : expected.keySet()) {
        List<Map<String, String>> timeline = api.timeline(bases.get(i++ % 2), id);
        assertSingleTransitions(id, timeline, expected.get(id));
        entries += timeline.size();
      }

      // every event delivered; again only after a failed attempt, never by two at once
      List<Map<String, String>> events =
          api.awaitDelivered(baseB, receiver, Duration.ofSeconds(30));
      Set<String> ids = new HashSet<>();
      events.forEach(e -> ids.add(e.get("id")));
      assertThat(ids).as("one event per timeline entry").hasSize(entries);
      assertThat(receiver.distinctIds()).as("events received").isEqualTo(ids);
      assertThat(receiver.overlapping())
          .as("events two senders delivered at the same time")
          .isEmpty();
      assertOnlyRetriesRepeat(events, receiver);
      assertThat(receiver.unsigned()).as("deliveries whose signature did not verify").isZero();
      Map<Long, Integer> bySender = receiver.deliveriesBySender();
      assertThat(bySender).as("deliveries by sending process").containsKeys(a.pid(), b.pid());

      int[] sweptA = sweeps(a.output());
      int[] sweptB = sweeps(b.output());
      assertThat(sweptA[0] + sweptA[1]).as("pages the sweep of A handled").isPositive();
      assertThat(sweptB[0] + sweptB[1]).as("pages the sweep of B handled").isPositive();
      assertThat(sweptA[0] + sweptB[0]).as("pages expired by the sweeps").isPositive();
      assertThat(copier.forwarded()).as("callbacks").isPositive();

      System.out.printf(
          "TwoInstancesPostgresIT: %d pages (%d completed, %d expired), %d timeline entries,"
              + " %d events, %d deliveries (by pid %s), %d received twice or more (after a failed"
              + " attempt); %d callbacks each copied to"
              + " the other instance (copies answered %s); sweeps A expired=%d reconciled=%d,"
              + " B expired=%d reconciled=%d%n",
          PAGES,
          expected.values().stream().filter("COMPLETED"::equals).count(),
          expected.values().stream().filter("EXPIRED"::equals).count(),
          entries,
          ids.size(),
          receiver.deliveries().size(),
          bySender,
          receiver.duplicates().size(),
          copier.forwarded(),
          copier.copyAnswers(),
          sweptA[0],
          sweptA[1],
          sweptB[0],
          sweptB[1]);
    } finally {
      shoppers.shutdownNow();
      ServiceJar.closeAll(a, b);
      ServiceJar.deleteTree(work);
    }
  }

  /**
   * An event received more than once must have had an attempt the gateway saw fail (no 2xx in time:
   * its {@code last_error} is set), and is never received more often than it was attempted: never
   * sent twice by one claim, nor by two instances in one attempt window.
   */
  static void assertOnlyRetriesRepeat(List<Map<String, String>> events, WebhookReceiver receiver) {
    Map<String, Integer> received = receiver.counts();
    for (Map<String, String> event : events) {
      int times = received.getOrDefault(event.get("id"), 0);
      assertThat(times)
          .as("receptions of " + event + " (at most its attempts)")
          .isLessThanOrEqualTo(Integer.parseInt(event.get("attempts")));
      if (times > 1) {
        assertThat(event.get("last_error"))
            .as("event received " + times + " times without a failed attempt: " + event)
            .isNotIn(null, "null");
      }
    }
  }

  /**
   * Numbered 1, 2, 3…; created WAITING; each entry leaves the status the one before reached; no
   * status twice; statuses in lifecycle order; ends in {@code last}.
   */
  static void assertSingleTransitions(String id, List<Map<String, String>> timeline, String last) {
    assertThat(timeline).as(id + " timeline").isNotEmpty();
    Set<String> seen = new HashSet<>();
    String previous = null;
    int rank = -1;
    for (int n = 0; n < timeline.size(); n++) {
      Map<String, String> entry = timeline.get(n);
      String status = entry.get("status");
      String what = id + " entry " + (n + 1) + " " + entry;
      assertThat(entry.get("sequence")).as(what).isEqualTo(String.valueOf(n + 1));
      assertThat(seen.add(status)).as(what + ": status reached twice").isTrue();
      if (previous == null) {
        assertThat(status).as(what).isEqualTo("WAITING");
      } else {
        assertThat(entry.get("previous_status")).as(what).isEqualTo(previous);
      }
      int r = LIFECYCLE.contains(status) ? LIFECYCLE.indexOf(status) : 2; // other finals: rank 2
      assertThat(r).as(what + ": out of lifecycle order").isGreaterThan(rank);
      rank = r;
      previous = status;
    }
    assertThat(previous).as(id + " last status").isEqualTo(last);
  }

  private Map<String, String> awaitFinal(List<String> bases, Set<String> ids) throws Exception {
    Instant deadline = Instant.now().plusSeconds(45);
    Map<String, String> statuses = new LinkedHashMap<>();
    while (Instant.now().isBefore(deadline)) {
      int n = 0;
      for (String id : ids) {
        HttpResponse<String> read = api.get(bases.get(n++ % 2), id);
        statuses.put(id, GatewayHttp.fields(read.body()).get("status"));
      }
      if (statuses.values().stream().allMatch(s -> s.equals("COMPLETED") || s.equals("EXPIRED"))) {
        return statuses;
      }
      Thread.sleep(250);
    }
    return statuses;
  }

  /** {expired, reconciled} summed over the sweep runs a service logged. */
  static int[] sweeps(String log) {
    int[] sums = new int[2];
    Matcher matcher = SWEEP.matcher(log);
    while (matcher.find()) {
      sums[0] += Integer.parseInt(matcher.group(1));
      sums[1] += Integer.parseInt(matcher.group(2));
    }
    return sums;
  }

  private static void recreateDatabase() throws Exception {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    properties.setProperty("connectTimeout", "5");
    try (Connection admin = DriverManager.getConnection(PG_ADMIN_URL, properties);
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + DATABASE);
    }
  }
}
