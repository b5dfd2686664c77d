package dev.hppgateway.adapter.persistence;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static dev.hppgateway.application.fixtures.TestHppSessions.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.HppGateway;
import dev.hppgateway.application.fixtures.CapableInMemoryPaymentProvider;
import dev.hppgateway.application.fixtures.InMemoryPaymentProvider;
import dev.hppgateway.application.fixtures.MutableClock;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.SweepReport;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.ProviderId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one PostgreSQL schema, each with its own stores (its own pool) and its
 * own gateway, sweep the same 200 overdue pages at the same time: every page is read at the
 * provider once, turned off there once and expired once (one {@code hpp_session.expired} event in
 * the outbox per page). Skipped locally when PostgreSQL is down; with {@code CI=true} it runs and
 * fails.
 */
@EnabledIfPostgresReachable
class TwoSweepersPostgresTest {
  private static final ProviderId PAY = ProviderId.of("fake-pay");
  private static final int PAGES = 200;

  private final String schema =
      "hpp_sweepers_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @BeforeEach
  void createSchema() {
    String why = TestPostgres.unreachableBecause();
    if (why != null) {
      throw new IllegalStateException(
          "CI=true and PostgreSQL is unreachable at " + TestPostgres.URL + ": " + why);
    }
    TestPostgres.execute("CREATE SCHEMA " + schema);
  }

  @AfterEach
  void dropSchema() {
    threads.shutdownNow();
    if (TestPostgres.unreachableBecause() == null) {
      TestPostgres.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void twoInstancesSweepingTheSamePagesHandleEachPageExactlyOnce() throws Exception {
    String url = TestPostgres.URL + "?currentSchema=" + schema;
    CapableInMemoryPaymentProvider pay = InMemoryPaymentProvider.fullyCapable("fake-pay");
    MutableClock clock = new MutableClock(NOW);
    try (JdbcStores storesA = JdbcStores.open(url, TestPostgres.USER, "");
        JdbcStores storesB = JdbcStores.open(url, TestPostgres.USER, "");
        HppGateway a = gateway(storesA, pay, clock);
        HppGateway b = gateway(storesB, pay, clock)) {
      List<HppSessionId> pages = new ArrayList<>();
      for (int i = 0; i < PAGES; i++) {
        pages.add(
            a.createHppSession()
                .create(
                    new CreateHppSessionCommand(
                        MERCHANT,
                        PAY,
                        "order-" + i,
                        TestHppSessions.order(),
                        TestHppSessions.urls(),
                        PageOptions.none(),
                        null,
                        null,
                        null))
                .session()
                .id());
      }
      assertThat(pay.reads()).isEmpty();
      clock.advance(Duration.ofHours(48)); // every page is overdue

      CyclicBarrier start = new CyclicBarrier(2);
      Function<HppGateway, Callable<List<SweepReport>>> instance =
          gateway ->
              () -> {
                start.await(10, TimeUnit.SECONDS);
                List<SweepReport> reports = new ArrayList<>();
                // a batch larger than the pages: one run could take them all, and each page a
                // run cannot take (the other holds it) is the other's to handle
                for (int run = 0; run < 20; run++) {
                  SweepReport report = gateway.sweepHppSessions().sweep(PAGES + 50);
                  reports.add(report);
                  if (report.expired() + report.reconciled() + report.failed() == 0) {
                    break;
                  }
                }
                return reports;
              };
      Future<List<SweepReport>> first = threads.submit(instance.apply(a));
      Future<List<SweepReport>> second = threads.submit(instance.apply(b));
      List<SweepReport> reports = new ArrayList<>(first.get(120, TimeUnit.SECONDS));
      reports.addAll(second.get(120, TimeUnit.SECONDS));

      for (HppSessionId page : pages) {
        assertThat(storesA.sessions().findById(page).orElseThrow().status())
            .as(page.value())
            .isEqualTo(HppStatus.EXPIRED);
      }
      Map<HppSessionId, Long> readsPerPage =
          pay.reads().stream().collect(Collectors.groupingBy(PageView::id, Collectors.counting()));
      assertThat(readsPerPage).hasSize(PAGES);
      assertThat(readsPerPage.values()).as("provider reads per page").containsOnly(1L);
      assertThat(pay.calls().stream().filter("disable"::equals).count())
          .as("pages turned off at the provider")
          .isEqualTo(PAGES);
      assertThat(reports.stream().mapToInt(SweepReport::expired).sum())
          .as("expired, summed over both instances' runs")
          .isEqualTo(PAGES);
      assertThat(reports.stream().mapToInt(SweepReport::failed).sum()).isZero();
      Map<String, Integer> expiredEvents = expiredEventsPerPage(url);
      assertThat(expiredEvents).hasSize(PAGES);
      assertThat(expiredEvents.values()).as("hpp_session.expired events per page").containsOnly(1);
    }
  }

  private static HppGateway gateway(
      JdbcStores stores, CapableInMemoryPaymentProvider pay, MutableClock clock) {
    return HppGateway.builder()
        .publicBaseUrl("https://gw.example/")
        .stores(stores)
        .provider(pay)
        .clock(clock)
        .build();
  }

  private static Map<String, Integer> expiredEventsPerPage(String url) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", TestPostgres.USER);
    Map<String, Integer> counts = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(url, properties);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT session_id, COUNT(*) FROM outbox WHERE type = 'hpp_session.expired'"
                    + " GROUP BY session_id")) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getInt(2));
      }
    }
    return counts;
  }
}
