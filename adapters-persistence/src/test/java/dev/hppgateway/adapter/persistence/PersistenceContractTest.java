package dev.hppgateway.adapter.persistence;

import static dev.hppgateway.adapter.persistence.Sessions.KCO;
import static dev.hppgateway.adapter.persistence.Sessions.KP;
import static dev.hppgateway.adapter.persistence.Sessions.OPTTY;
import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static dev.hppgateway.application.fixtures.TestHppSessions.NOW;
import static dev.hppgateway.application.fixtures.TestHppSessions.OTHER_MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.port.in.HppSessionPage;
import dev.hppgateway.application.port.in.HppSessionQuery;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.IdempotencyClaim;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.OutboxState;
import dev.hppgateway.application.port.out.persistence.ProviderEventLog;
import dev.hppgateway.application.port.out.persistence.StaleHppSessionException;
import dev.hppgateway.application.port.out.persistence.TransactionRunner;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.Shopper;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every test of the persistence adapter. Subclasses only say which database to run on (H2 in
 * PostgreSQL mode, PostgreSQL); each gets a fresh database or schema, migrated by Flyway at
 * startup, and the tables are emptied before each test.
 */
abstract class PersistenceContractTest {
  private static final List<String> TABLES =
      List.of("hpp_sessions", "idempotency_keys", "outbox", "provider_events", "merchants");
  private static final Duration LEASE = Duration.ofMinutes(2);

  @Inject HppSessionRepository sessions;
  @Inject IdempotencyStore idempotency;
  @Inject OutboxRepository outbox;
  @Inject OutboxRowRepository outboxRows;
  @Inject ProviderEventLog providerEvents;
  @Inject MerchantRepository merchants;
  @Inject TransactionRunner transactions;
  @Inject DataSource dataSource;

  private final ExecutorService threads = Executors.newFixedThreadPool(8);

  @AfterAll
  void stopThreads() {
    threads.shutdownNow();
  }

  @BeforeEach
  void emptyTables() throws SQLException {
    try (Connection connection = rawDataSource().getConnection(); Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    }
  }

  /** Outside a transaction the injected DataSource has no connection to give; the pool behind it has. */
  DataSource rawDataSource() {
    return DelegatingDataSource.unwrapDataSource(dataSource);
  }

  // --- migrations and mapping ------------------------------------------------------------------

  @Test
  void everyMigrationAppliedOnTheEmptyDatabase() throws SQLException {
    List<String> applied = new ArrayList<>();
    try (Connection connection = rawDataSource().getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT script, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
      while (rows.next()) {
        assertThat(rows.getBoolean("success")).as(rows.getString("script")).isTrue();
        applied.add(rows.getString("script"));
      }
    }
    assertThat(applied).containsExactly(
        "V1__merchants.sql", "V2__hpp_sessions.sql", "V3__idempotency_keys.sql", "V4__outbox.sql",
        "V5__provider_events.sql", "V6__page_options_json.sql");
  }

  @Test
  void everyEntityMapsExactlyTheColumnsOfItsTable() throws SQLException {
    assertThat(columnsOf("hpp_sessions")).isEqualTo(columnsOf(HppSessionRow.class));
    assertThat(columnsOf("merchants")).isEqualTo(columnsOf(MerchantRow.class));
    assertThat(columnsOf("outbox")).isEqualTo(columnsOf(OutboxRow.class));
    assertThat(columnsOf("idempotency_keys")).isEqualTo(columnsOf(IdempotencyKeyRow.class));
    assertThat(columnsOf("provider_events")).isEqualTo(columnsOf(ProviderEventRow.class));
  }

  private Set<String> columnsOf(String table) throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (Connection connection = rawDataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        columns.add(rows.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
      }
    }
    return columns;
  }

  /** The entity's record components in snake case, embedded ids expanded (the naming Micronaut Data uses). */
  private static Set<String> columnsOf(Class<?> entity) {
    Set<String> columns = new TreeSet<>();
    for (RecordComponent component : entity.getRecordComponents()) {
      if (component.getType().isRecord()) {
        columns.addAll(columnsOf(component.getType()));
      } else {
        columns.add(component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
      }
    }
    return columns;
  }

  /** An empty database of the same kind, for the step-by-step migration tests; dropped by the subclass. */
  abstract ScratchDatabase scratchDatabase();

  @Test
  void rowsWrittenBeforeV6LoadWithTheirOptionsAsJson() throws SQLException {
    ScratchDatabase scratch = scratchDatabase();
    migrate(scratch, MigrationVersion.fromVersion("5"));
    try (Connection connection = scratch.connect()) {
      V6MigrationRows.insertEveryOption(connection, "hpp_v5_all", NOW);
      V6MigrationRows.insertNoOptions(connection, "hpp_v5_none", NOW);
      V6MigrationRows.insertSingleCategory(connection, "hpp_v5_one", NOW);
    }

    migrate(scratch, MigrationVersion.LATEST);
    copyEverySession(scratch);

    assertThat(sessions.findById(id("hpp_v5_all")).orElseThrow().options()).isEqualTo(PageOptions.of(Map.of(
        "place_order_mode", "CAPTURE_ORDER",
        "page_title", "Betala \"nu\" \\ “Fjäll” ✓",
        "logo_url", "https://shop.example/logo.png",
        "background_images", List.of(Map.of("url", "https://shop.example/bg.png", "width", 600)),
        "payment_method_categories", List.of("PAY_LATER", "PAY_NOW"),
        "purchase_type", "BUY",
        "hide_subtotal_detail", true,
        "profile_id", "profile-7")));
    assertThat(sessions.findById(id("hpp_v5_none")).orElseThrow().options()).isEqualTo(PageOptions.none());
    HppSession single = sessions.findById(id("hpp_v5_one")).orElseThrow();
    assertThat(single.options()).isEqualTo(
        PageOptions.of(Map.of("place_order_mode", "PLACE_ORDER", "payment_method_category", "KLARNA")));
    assertThat(single.merchantUrls().get(dev.hppgateway.domain.UrlKind.SUCCESS)).isPresent();
    assertThat(single.order().amount().minorUnits()).isEqualTo(20_000);
  }

  @Test
  void v6DropsTheOptionColumnsAndTheNeverWrittenStatusUpdateUrl() throws SQLException {
    assertThat(columnsOf("hpp_sessions")).contains("page_options").doesNotContain(
        "status_update_url", "place_order_mode", "page_title", "logo_url", "background_images",
        "payment_method_categories", "payment_method_category", "purchase_type", "hide_subtotal_detail",
        "profile_id");
  }

  private static void migrate(ScratchDatabase scratch, MigrationVersion target) {
    Flyway.configure().dataSource(scratch.url(), scratch.user(), scratch.password())
        .locations("classpath:db/migration").target(target).load().migrate();
  }

  /** Copies the scratch database's sessions, column by column, into the one the stores use. */
  private void copyEverySession(ScratchDatabase scratch) throws SQLException {
    try (Connection from = scratch.connect(); Statement select = from.createStatement();
        ResultSet rows = select.executeQuery("SELECT * FROM hpp_sessions");
        Connection to = rawDataSource().getConnection()) {
      int count = rows.getMetaData().getColumnCount();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        columns.add(rows.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
      }
      String insert = "INSERT INTO hpp_sessions (" + String.join(", ", columns) + ") VALUES ("
          + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
      while (rows.next()) {
        try (java.sql.PreparedStatement statement = to.prepareStatement(insert)) {
          for (int i = 1; i <= count; i++) {
            statement.setObject(i, rows.getObject(i));
          }
          statement.executeUpdate();
        }
      }
    }
  }

  // --- page options ------------------------------------------------------------------------------

  @Test
  void pageOptionsWithNestedListsAndObjectsReadBackEqual() {
    PageOptions options = PageOptions.of(Map.of(
        "theme", Map.of("colors", List.of("red", Map.of("hex", "#ffffff", "alpha", 255)), "dark", true),
        "steps", List.of(List.of(1, 2), List.of()),
        "empty", Map.of(),
        "note", "quote \" backslash \\ newline \n tab \t “Fjäll” ✓",
        "big", Long.MAX_VALUE,
        "negative", -3,
        "off", false));
    HppSession session = Sessions.of(KP).options(options).build();

    sessions.insert(session);

    assertThat(sessions.findById(session.id()).orElseThrow().options()).isEqualTo(options);
  }

  @Test
  void pageOptionsAreStoredAsOneJsonObjectWithSortedKeys() throws SQLException {
    HppSession session = Sessions.of(KP)
        .options(PageOptions.of(Map.of("page_title", "Pay", "background_images",
            List.of(Map.of("width", 600, "url", "https://shop.example/bg.png")))))
        .build();

    sessions.insert(session);

    try (Connection connection = rawDataSource().getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(
            "SELECT page_options FROM hpp_sessions WHERE id = '" + session.id().value() + "'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo(
          "{\"background_images\":[{\"url\":\"https://shop.example/bg.png\",\"width\":600}],\"page_title\":\"Pay\"}");
    }
  }

  // --- sessions ----------------------------------------------------------------------------------

  @Test
  void aSessionWithEveryFieldSetReadsBackEqual() {
    HppSession session = Sessions.full().build();

    sessions.insert(session);

    assertThat(sessions.findById(session.id()).orElseThrow().snapshot()).isEqualTo(session.snapshot());
  }

  @Test
  void aSessionWithEveryOptionalFieldEmptyReadsBackEqual() {
    HppSession session = Sessions.of(OPTTY)
        .shopper(Shopper.none())
        .options(PageOptions.none())
        .callbackSecretHash(null)
        .build();

    sessions.insert(session);

    assertThat(sessions.findById(session.id()).orElseThrow().snapshot()).isEqualTo(session.snapshot());
  }

  @Test
  void aSingleChosenPaymentMethodCategoryReadsBack() {
    HppSession session = Sessions.of(KP)
        .options(PageOptions.of(Map.of("place_order_mode", "PLACE_ORDER", "payment_method_category", "KLARNA")))
        .build();

    sessions.insert(session);

    assertThat(sessions.findById(session.id()).orElseThrow().options()).isEqualTo(session.options());
  }

  @Test
  void timesKeepTheirMicrosecondsAndLoseFinerDigits() {
    Instant precise = Instant.parse("2026-11-23T12:00:00.123456789Z");
    HppSession session = Sessions.of(KP).createdAt(precise).updatedAt(precise).expiresAt(precise.plusSeconds(60))
        .build();

    sessions.insert(session);

    HppSession stored = sessions.findById(session.id()).orElseThrow();
    assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00.123456Z"));
    assertThat(stored.updatedAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00.123456Z"));
    assertThat(stored.expiresAt()).isEqualTo(Instant.parse("2026-11-23T12:01:00.123456Z"));
  }

  @Test
  void insertKeepsTheVersionItIsGiven() {
    HppSession session = Sessions.of(KP).version(7).build();

    sessions.insert(session);

    assertThat(sessions.findById(session.id()).orElseThrow().version()).isEqualTo(7);
  }

  @Test
  void insertingTheSameSessionTwiceFails() {
    HppSession session = Sessions.of(KP).build();
    sessions.insert(session);

    assertThatThrownBy(() -> sessions.insert(Sessions.of(KCO).id(session.id().value()).build()))
        .isInstanceOf(RuntimeException.class);
    assertThat(sessions.findById(session.id()).orElseThrow().providerId()).isEqualTo(KP);
  }

  @Test
  void anUnknownSessionIsNotFound() {
    assertThat(sessions.findById(HppSessionId.of("hpp_nobody"))).isEmpty();
  }

  @Test
  void updateSavesTheChangeAndBumpsTheVersion() {
    HppSession session = Sessions.of(KP).build();
    sessions.insert(session);
    HppSession loaded = sessions.findById(session.id()).orElseThrow();
    Instant later = NOW.plusSeconds(30);

    loaded.observe(new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", "tok-1", null), later);
    sessions.update(loaded);

    assertThat(loaded.version()).isEqualTo(1);
    HppSession stored = sessions.findById(session.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(stored.authorizationToken()).isEqualTo("tok-1");
    assertThat(stored.updatedAt()).isEqualTo(later);
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.snapshot()).isEqualTo(loaded.snapshot());
  }

  @Test
  void updateFromAStaleVersionThrowsAndChangesNothing() {
    HppSession session = Sessions.of(KP).build();
    sessions.insert(session);
    HppSession first = sessions.findById(session.id()).orElseThrow();
    HppSession second = sessions.findById(session.id()).orElseThrow();
    first.observe(new ProviderObservation(HppStatus.IN_PROGRESS, "IN_PROGRESS", null, null), NOW.plusSeconds(1));
    sessions.update(first);

    second.disable(NOW.plusSeconds(2));

    assertThatThrownBy(() -> sessions.update(second)).isInstanceOf(StaleHppSessionException.class);
    assertThat(second.version()).isZero();
    HppSession stored = sessions.findById(session.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(HppStatus.IN_PROGRESS);
    assertThat(stored.version()).isEqualTo(1);
  }

  @Test
  void updateOfASessionNeverInsertedIsStale() {
    HppSession session = Sessions.of(KP).build();

    assertThatThrownBy(() -> sessions.update(session)).isInstanceOf(StaleHppSessionException.class);
    assertThat(sessions.findById(session.id())).isEmpty();
  }

  @Test
  void findsBySessionIdOfTheProvider() {
    HppSession kp = Sessions.of(KP).refs("shared-id", "pay-1").build();
    HppSession kco = Sessions.of(KCO).refs("shared-id", "pay-2").build();
    sessions.insert(kp);
    sessions.insert(kco);

    assertThat(sessions.findByProviderSessionId(KP, "shared-id")).map(HppSession::id).contains(kp.id());
    assertThat(sessions.findByProviderSessionId(KCO, "shared-id")).map(HppSession::id).contains(kco.id());
    assertThat(sessions.findByProviderSessionId(OPTTY, "shared-id")).isEmpty();
    assertThat(sessions.findByProviderSessionId(KP, "other-id")).isEmpty();
  }

  @Test
  void findsEveryPageOfOnePaymentNewestFirst() {
    HppSession older = Sessions.of(KP).refs("hpp-1", "kp-session-1").createdAt(NOW).build();
    HppSession newer = Sessions.of(KP).refs("hpp-2", "kp-session-1").createdAt(NOW.plusSeconds(60)).build();
    HppSession otherPayment = Sessions.of(KP).refs("hpp-3", "kp-session-2").build();
    HppSession otherProvider = Sessions.of(KCO).refs("hpp-4", "kp-session-1").build();
    List.of(older, newer, otherPayment, otherProvider).forEach(sessions::insert);

    assertThat(sessions.findByPaymentRef(KP, "kp-session-1")).extracting(HppSession::id)
        .containsExactly(newer.id(), older.id());
    assertThat(sessions.findByPaymentRef(OPTTY, "kp-session-1")).isEmpty();
  }

  @Test
  void listFiltersByStatusProviderAndMerchantReferenceWithinOneMerchant() {
    HppSession waitingKp = Sessions.of(KP).reference("order-A").createdAt(NOW).build();
    HppSession completedKp = Sessions.of(KP).reference("order-B").status(HppStatus.COMPLETED, "COMPLETED")
        .createdAt(NOW.plusSeconds(1)).build();
    HppSession waitingKco = Sessions.of(KCO).reference("order-A").createdAt(NOW.plusSeconds(2)).build();
    HppSession othersKp = Sessions.of(KP).merchant(OTHER_MERCHANT).reference("order-A")
        .createdAt(NOW.plusSeconds(3)).build();
    List.of(waitingKp, completedKp, waitingKco, othersKp).forEach(sessions::insert);

    assertThat(ids(list(null, null, null))).containsExactly(waitingKco.id(), completedKp.id(), waitingKp.id());
    assertThat(ids(list(null, HppStatus.WAITING, null))).containsExactly(waitingKco.id(), waitingKp.id());
    assertThat(ids(list(null, null, KP))).containsExactly(completedKp.id(), waitingKp.id());
    assertThat(ids(list("order-A", null, null))).containsExactly(waitingKco.id(), waitingKp.id());
    assertThat(ids(list("order-A", HppStatus.WAITING, KP))).containsExactly(waitingKp.id());
    assertThat(ids(list("order-B", HppStatus.WAITING, null))).isEmpty();
    assertThat(ids(sessions.list(new HppSessionQuery(OTHER_MERCHANT, null, null, null, 10, null))))
        .containsExactly(othersKp.id());
  }

  @Test
  void listPagesThroughEverySessionOnceNewestFirstEvenWithEqualCreationTimes() {
    List<HppSession> all = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      // Sessions 1..5 share one creation time: only the id orders them.
      Instant created = i == 0 ? NOW.minusSeconds(10) : i == 6 ? NOW.plusSeconds(10) : NOW;
      all.add(Sessions.of(KP).id("hpp_page_" + i).createdAt(created).updatedAt(created).build());
    }
    all.forEach(sessions::insert);
    sessions.insert(Sessions.of(KP).merchant(OTHER_MERCHANT).createdAt(NOW).build());

    HppSessionPage first = sessions.list(new HppSessionQuery(MERCHANT, null, null, null, 3, null));
    HppSessionPage second = sessions.list(new HppSessionQuery(MERCHANT, null, null, null, 3, last(first)));
    HppSessionPage third = sessions.list(new HppSessionQuery(MERCHANT, null, null, null, 3, last(second)));

    assertThat(ids(first)).containsExactly(id("hpp_page_6"), id("hpp_page_5"), id("hpp_page_4"));
    assertThat(first.hasMore()).isTrue();
    assertThat(ids(second)).containsExactly(id("hpp_page_3"), id("hpp_page_2"), id("hpp_page_1"));
    assertThat(second.hasMore()).isTrue();
    assertThat(ids(third)).containsExactly(id("hpp_page_0"));
    assertThat(third.hasMore()).isFalse();
  }

  @Test
  void aPageThatEndsExactlyAtTheLastSessionHasNoMore() {
    sessions.insert(Sessions.of(KP).createdAt(NOW).build());
    sessions.insert(Sessions.of(KP).createdAt(NOW.plusSeconds(1)).build());

    HppSessionPage page = sessions.list(new HppSessionQuery(MERCHANT, null, null, null, 2, null));

    assertThat(page.sessions()).hasSize(2);
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void listAfterAnotherMerchantsSessionIgnoresThatCursor() {
    HppSession mine = Sessions.of(KP).createdAt(NOW).build();
    HppSession theirs = Sessions.of(KP).merchant(OTHER_MERCHANT).createdAt(NOW.plusSeconds(5)).build();
    sessions.insert(mine);
    sessions.insert(theirs);

    HppSessionPage page = sessions.list(new HppSessionQuery(MERCHANT, null, null, null, 10, theirs.id()));

    assertThat(ids(page)).containsExactly(mine.id());
  }

  @Test
  void findExpiredReturnsLiveSessionsPastTheirExpiryOldestFirst() {
    HppSession expiredLater = Sessions.of(KP).expiresAt(NOW.minusSeconds(10)).build();
    HppSession expiredFirst = Sessions.of(KCO).status(HppStatus.IN_PROGRESS, "IN_PROGRESS")
        .expiresAt(NOW.minusSeconds(60)).build();
    HppSession expiringNow = Sessions.of(OPTTY).status(HppStatus.FAILED, "FAILED").expiresAt(NOW).build();
    HppSession notYet = Sessions.of(KP).expiresAt(NOW.plusSeconds(1)).build();
    HppSession alreadyFinal = Sessions.of(KP).status(HppStatus.COMPLETED, "COMPLETED")
        .expiresAt(NOW.minusSeconds(120)).build();
    List.of(expiredLater, expiredFirst, expiringNow, notYet, alreadyFinal).forEach(sessions::insert);

    assertThat(sessions.findExpired(NOW, 10)).extracting(HppSession::id)
        .containsExactly(expiredFirst.id(), expiredLater.id(), expiringNow.id());
    assertThat(sessions.findExpired(NOW, 2)).extracting(HppSession::id)
        .containsExactly(expiredFirst.id(), expiredLater.id());
  }

  @Test
  void findStaleReturnsLiveSessionsWithoutNewsLeastRecentFirst() {
    Instant cutoff = NOW.plusSeconds(600);
    HppSession quietLong = Sessions.of(KP).updatedAt(NOW).build();
    HppSession quietShort = Sessions.of(KCO).status(HppStatus.IN_PROGRESS, "IN_PROGRESS")
        .updatedAt(NOW.plusSeconds(300)).build();
    HppSession fresh = Sessions.of(KP).updatedAt(cutoff).build();
    HppSession finalOne = Sessions.of(KP).status(HppStatus.CANCELLED, "CANCELLED").updatedAt(NOW).build();
    List.of(quietShort, quietLong, fresh, finalOne).forEach(sessions::insert);

    assertThat(sessions.findStale(cutoff, 10)).extracting(HppSession::id)
        .containsExactly(quietLong.id(), quietShort.id());
    assertThat(sessions.findStale(cutoff, 1)).extracting(HppSession::id).containsExactly(quietLong.id());
  }

  // --- idempotency -------------------------------------------------------------------------------

  @Test
  void aKeyIsClaimedOnceThenInProgressThenCompleted() {
    Instant expires = NOW.plus(Duration.ofHours(24));

    assertThat(idempotency.claim(MERCHANT, "key-1", "hash-a", NOW, expires)).isInstanceOf(IdempotencyClaim.Claimed.class);
    assertThat(idempotency.claim(MERCHANT, "key-1", "hash-a", NOW.plusSeconds(1), expires))
        .isInstanceOf(IdempotencyClaim.InProgress.class);

    idempotency.complete(MERCHANT, "key-1", HppSessionId.of("hpp_done"), expires);

    assertThat(idempotency.claim(MERCHANT, "key-1", "hash-a", NOW.plusSeconds(2), expires))
        .isEqualTo(new IdempotencyClaim.Completed(HppSessionId.of("hpp_done")));
  }

  @Test
  void anUnfinishedClaimLapsesAfterItsLeaseButACompletedKeyLastsItsLifetime() {
    Instant lease = NOW.plus(Duration.ofMinutes(5));
    idempotency.claim(MERCHANT, "key-lease", "hash-a", NOW, lease);
    assertThat(idempotency.claim(MERCHANT, "key-lease", "hash-a", lease, lease.plus(Duration.ofMinutes(5))))
        .as("the claimer died; the key is free again").isInstanceOf(IdempotencyClaim.Claimed.class);

    Instant later = lease.plus(Duration.ofMinutes(5));
    idempotency.complete(MERCHANT, "key-lease", HppSessionId.of("hpp_done"), NOW.plus(Duration.ofHours(24)));
    assertThat(idempotency.claim(MERCHANT, "key-lease", "hash-a", later.plusSeconds(1), later.plus(Duration.ofMinutes(5))))
        .isEqualTo(new IdempotencyClaim.Completed(HppSessionId.of("hpp_done")));
  }

  @Test
  void aKeyReusedForAnotherRequestIsAMismatch() {
    Instant expires = NOW.plus(Duration.ofHours(24));
    idempotency.claim(MERCHANT, "key-1", "hash-a", NOW, expires);

    assertThat(idempotency.claim(MERCHANT, "key-1", "hash-b", NOW, expires)).isInstanceOf(IdempotencyClaim.Mismatch.class);
    idempotency.complete(MERCHANT, "key-1", HppSessionId.of("hpp_done"), expires);
    assertThat(idempotency.claim(MERCHANT, "key-1", "hash-b", NOW, expires)).isInstanceOf(IdempotencyClaim.Mismatch.class);
  }

  @Test
  void anExpiredKeyCanBeClaimedAgainEvenForAnotherRequest() {
    Instant expires = NOW.plus(Duration.ofHours(24));
    idempotency.claim(MERCHANT, "key-1", "hash-a", NOW, expires);
    idempotency.complete(MERCHANT, "key-1", HppSessionId.of("hpp_done"), expires);

    assertThat(idempotency.claim(MERCHANT, "key-1", "hash-b", expires, expires.plus(Duration.ofHours(24))))
        .isInstanceOf(IdempotencyClaim.Claimed.class);
    assertThat(idempotency.claim(MERCHANT, "key-1", "hash-b", expires.plusSeconds(1), expires.plus(Duration.ofHours(24))))
        .isInstanceOf(IdempotencyClaim.InProgress.class);
    assertThat(idempotency.claim(MERCHANT, "key-1", "hash-a", expires.plusSeconds(1), expires.plus(Duration.ofHours(24))))
        .isInstanceOf(IdempotencyClaim.Mismatch.class);
  }

  @Test
  void aReleasedKeyCanBeClaimedAgain() {
    Instant expires = NOW.plus(Duration.ofHours(24));
    idempotency.claim(MERCHANT, "key-1", "hash-a", NOW, expires);

    idempotency.release(MERCHANT, "key-1");

    assertThat(idempotency.claim(MERCHANT, "key-1", "hash-a", NOW, expires)).isInstanceOf(IdempotencyClaim.Claimed.class);
  }

  @Test
  void keysBelongToOneMerchant() {
    Instant expires = NOW.plus(Duration.ofHours(24));
    idempotency.claim(MERCHANT, "key-1", "hash-a", NOW, expires);

    assertThat(idempotency.claim(OTHER_MERCHANT, "key-1", "hash-b", NOW, expires))
        .isInstanceOf(IdempotencyClaim.Claimed.class);
  }

  // --- outbox ------------------------------------------------------------------------------------

  @Test
  void appendedMessagesReadBackWithEveryField() {
    OutboxMessage message = new OutboxMessage("evt_all", MERCHANT, "hpp_session.completed", "{\"ä\":\"✓\"}",
        OutboxState.PENDING, 2, NOW.plusSeconds(5), "HTTP 503 from merchant", NOW.minusSeconds(5));

    outbox.append(List.of(message));

    assertThat(stored("evt_all")).isEqualTo(new OutboxRow("evt_all", MERCHANT.value(), "hpp_session.completed",
        "{\"ä\":\"✓\"}", "PENDING", 2, NOW.plusSeconds(5), "HTTP 503 from merchant", NOW.minusSeconds(5)));
  }

  @Test
  void claimTakesDueMessagesSoonestFirstAndLeasesThem() {
    outbox.append(List.of(
        pending("evt_later", NOW.minusSeconds(1)),
        pending("evt_first", NOW.minusSeconds(30)),
        pending("evt_future", NOW.plusSeconds(30))));

    List<OutboxMessage> claimed = outbox.claimDue(NOW, 10, LEASE);

    assertThat(claimed).extracting(OutboxMessage::eventId).containsExactly("evt_first", "evt_later");
    assertThat(claimed).allSatisfy(m -> {
      assertThat(m.state()).isEqualTo(OutboxState.IN_FLIGHT);
      assertThat(m.attempts()).isEqualTo(1);
      assertThat(m.nextAttemptAt()).isEqualTo(NOW.plus(LEASE));
      assertThat(m.merchantId()).isEqualTo(MERCHANT);
      assertThat(m.payload()).isEqualTo("{\"id\":\"" + m.eventId() + "\"}");
    });
    assertThat(stored("evt_first").state()).isEqualTo("IN_FLIGHT");
    assertThat(stored("evt_first").attempts()).isEqualTo(1);
    assertThat(stored("evt_future").state()).isEqualTo("PENDING");
    assertThat(outbox.claimDue(NOW.plusSeconds(1), 10, LEASE)).isEmpty();
  }

  @Test
  void claimRespectsTheLimit() {
    outbox.append(List.of(pending("evt_1", NOW.minusSeconds(3)), pending("evt_2", NOW.minusSeconds(2)),
        pending("evt_3", NOW.minusSeconds(1))));

    assertThat(outbox.claimDue(NOW, 2, LEASE)).extracting(OutboxMessage::eventId).containsExactly("evt_1", "evt_2");
    assertThat(outbox.claimDue(NOW, 2, LEASE)).extracting(OutboxMessage::eventId).containsExactly("evt_3");
  }

  @Test
  void aMessageWhoseLeaseExpiredIsClaimedAgain() {
    outbox.append(List.of(pending("evt_1", NOW)));
    outbox.claimDue(NOW, 10, LEASE);

    assertThat(outbox.claimDue(NOW.plus(LEASE).minusSeconds(1), 10, LEASE)).isEmpty();
    List<OutboxMessage> again = outbox.claimDue(NOW.plus(LEASE), 10, LEASE);

    assertThat(again).extracting(OutboxMessage::eventId).containsExactly("evt_1");
    assertThat(again.get(0).attempts()).isEqualTo(2);
    assertThat(again.get(0).nextAttemptAt()).isEqualTo(NOW.plus(LEASE).plus(LEASE));
  }

  @Test
  void aDeliveredMessageIsNeverClaimedAgain() {
    outbox.append(List.of(pending("evt_1", NOW)));
    outbox.claimDue(NOW, 10, LEASE);

    outbox.markDelivered("evt_1", NOW.plusSeconds(1));

    assertThat(stored("evt_1").state()).isEqualTo("DELIVERED");
    assertThat(outbox.claimDue(NOW.plus(Duration.ofDays(30)), 10, LEASE)).isEmpty();
  }

  @Test
  void aFailedMessageWaitsForItsNextAttemptWithTheError() {
    outbox.append(List.of(pending("evt_1", NOW)));
    outbox.claimDue(NOW, 10, LEASE);

    outbox.markFailed("evt_1", "HTTP 500", NOW.plusSeconds(60));

    OutboxRow row = stored("evt_1");
    assertThat(row.state()).isEqualTo("PENDING");
    assertThat(row.lastError()).isEqualTo("HTTP 500");
    assertThat(row.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(outbox.claimDue(NOW.plusSeconds(59), 10, LEASE)).isEmpty();
    List<OutboxMessage> retried = outbox.claimDue(NOW.plusSeconds(60), 10, LEASE);
    assertThat(retried).extracting(OutboxMessage::attempts).containsExactly(2);
    assertThat(retried).extracting(OutboxMessage::lastError).containsExactly("HTTP 500");
  }

  @Test
  void aMessageGivenUpOnIsDeadAndNeverClaimedAgain() {
    outbox.append(List.of(pending("evt_1", NOW)));
    outbox.claimDue(NOW, 10, LEASE);

    outbox.markFailed("evt_1", "connection refused", null);

    assertThat(stored("evt_1").state()).isEqualTo("DEAD");
    assertThat(stored("evt_1").lastError()).isEqualTo("connection refused");
    assertThat(outbox.claimDue(NOW.plus(Duration.ofDays(30)), 10, LEASE)).isEmpty();
  }

  // --- provider events and merchants -------------------------------------------------------------

  @Test
  void aProviderEventIsHandledOnce() {
    assertThat(providerEvents.alreadyHandled(KP, "evt-1")).isFalse();

    assertThat(providerEvents.markHandled(KP, "evt-1", NOW)).isTrue();
    assertThat(providerEvents.markHandled(KP, "evt-1", NOW.plusSeconds(1))).isFalse();

    assertThat(providerEvents.alreadyHandled(KP, "evt-1")).isTrue();
    assertThat(providerEvents.alreadyHandled(KCO, "evt-1")).isFalse();
    assertThat(providerEvents.markHandled(KCO, "evt-1", NOW)).isTrue();
  }

  @Test
  void merchantsAreFoundByIdAndByApiKeyHash() {
    Merchant merchant = new Merchant(MERCHANT, "Shop AB", "key-hash-1", "https://shop.example/webhooks",
        "vault:webhook/m_test", "callback-hash-1");
    merchants.save(merchant);

    assertThat(merchants.findById(MERCHANT)).contains(merchant);
    assertThat(merchants.findByApiKeyHash("key-hash-1")).contains(merchant);
    assertThat(merchants.findByApiKeyHash("key-hash-2")).isEmpty();
    assertThat(merchants.findById(OTHER_MERCHANT)).isEmpty();
  }

  @Test
  void savingAMerchantAgainReplacesIt() {
    merchants.save(new Merchant(MERCHANT, "Shop AB", "key-hash-1", "https://shop.example/webhooks",
        "vault:webhook/m_test", "callback-hash-1"));
    Merchant changed = new Merchant(MERCHANT, "Shop AB (new)", "key-hash-2", null, null, null);

    merchants.save(changed);

    assertThat(merchants.findById(MERCHANT)).contains(changed);
    assertThat(merchants.findByApiKeyHash("key-hash-1")).isEmpty();
    assertThat(merchants.findByApiKeyHash("key-hash-2")).contains(changed);
  }

  // --- transactions ------------------------------------------------------------------------------

  @Test
  void aSessionAndItsOutboxMessageCommitTogether() {
    HppSession session = Sessions.of(KP).build();

    transactions.inTransaction(() -> {
      sessions.insert(session);
      outbox.append(List.of(pending("evt_created", NOW)));
      return null;
    });

    assertThat(sessions.findById(session.id())).isPresent();
    assertThat(outboxRows.findById("evt_created")).isPresent();
  }

  @Test
  void aFailureRollsBackTheSessionAndItsOutboxMessageTogether() {
    HppSession session = Sessions.of(KP).build();
    IllegalStateException failure = new IllegalStateException("publisher broke");

    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      sessions.insert(session);
      outbox.append(List.of(pending("evt_created", NOW)));
      throw failure;
    })).isSameAs(failure);

    assertThat(sessions.findById(session.id())).isEmpty();
    assertThat(outboxRows.findById("evt_created")).isEmpty();
  }

  @Test
  void aStaleUpdateRollsBackTheOutboxMessageWrittenBeforeIt() {
    HppSession session = Sessions.of(KP).build();
    sessions.insert(session);
    HppSession stale = sessions.findById(session.id()).orElseThrow();
    HppSession winner = sessions.findById(session.id()).orElseThrow();
    winner.disable(NOW.plusSeconds(1));
    sessions.update(winner);

    stale.observe(new ProviderObservation(HppStatus.IN_PROGRESS, "IN_PROGRESS", null, null), NOW.plusSeconds(2));
    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      outbox.append(List.of(pending("evt_progress", NOW)));
      sessions.update(stale);
      return null;
    })).isInstanceOf(StaleHppSessionException.class);

    assertThat(outboxRows.findById("evt_progress")).isEmpty();
    assertThat(sessions.findById(session.id()).orElseThrow().status()).isEqualTo(HppStatus.DISABLED);
  }

  // --- concurrency -------------------------------------------------------------------------------

  @Test
  void twoWritersOnOneSessionGiveOneStaleAndLoseNoUpdate() throws Exception {
    HppSession session = Sessions.of(KP).build();
    sessions.insert(session);
    CyclicBarrier bothLoaded = new CyclicBarrier(2);

    Future<Boolean> observer = threads.submit(() -> writeOnce(session.id(), bothLoaded,
        s -> s.observe(new ProviderObservation(HppStatus.IN_PROGRESS, "IN_PROGRESS", null, null), NOW.plusSeconds(1))));
    Future<Boolean> orderRecorder = threads.submit(() -> writeOnce(session.id(), bothLoaded,
        s -> s.recordOrderId("order-77", NOW.plusSeconds(2))));
    List<Boolean> wrote = List.of(observer.get(20, TimeUnit.SECONDS), orderRecorder.get(20, TimeUnit.SECONDS));

    assertThat(wrote).containsExactlyInAnyOrder(true, false);
    HppSession afterRace = sessions.findById(session.id()).orElseThrow();
    assertThat(afterRace.version()).isEqualTo(1);

    // The loser reloads and applies its change again, as the application does: nothing is lost.
    if (!wrote.get(0)) {
      afterRace.observe(new ProviderObservation(HppStatus.IN_PROGRESS, "IN_PROGRESS", null, null), NOW.plusSeconds(3));
    } else {
      afterRace.recordOrderId("order-77", NOW.plusSeconds(3));
    }
    sessions.update(afterRace);
    HppSession stored = sessions.findById(session.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(HppStatus.IN_PROGRESS);
    assertThat(stored.orderId()).isEqualTo("order-77");
    assertThat(stored.version()).isEqualTo(2);
  }

  /** Loads, waits until the other writer loaded too, changes and saves; false when it was stale. */
  private boolean writeOnce(HppSessionId id, CyclicBarrier bothLoaded, java.util.function.Consumer<HppSession> change) {
    try {
      return transactions.inTransaction(() -> {
        HppSession loaded = sessions.findById(id).orElseThrow();
        await(bothLoaded);
        change.accept(loaded);
        sessions.update(loaded);
        return true;
      });
    } catch (StaleHppSessionException e) {
      return false;
    }
  }

  @Test
  void twoWorkersClaimingTheOutboxTakeEachMessageExactlyOnce() throws Exception {
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      messages.add(pending("evt_" + i, NOW.minusSeconds(40 - i)));
    }
    outbox.append(messages);
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<List<String>> worker = () -> {
      await(start);
      List<String> mine = new ArrayList<>();
      List<OutboxMessage> batch;
      do {
        batch = outbox.claimDue(NOW, 3, LEASE);
        batch.forEach(m -> mine.add(m.eventId()));
      } while (!batch.isEmpty());
      return mine;
    };

    Future<List<String>> first = threads.submit(worker);
    Future<List<String>> second = threads.submit(worker);
    List<String> claimed = new ArrayList<>(first.get(30, TimeUnit.SECONDS));
    claimed.addAll(second.get(30, TimeUnit.SECONDS));

    assertThat(claimed).doesNotHaveDuplicates().hasSize(40);
    assertThat(new HashSet<>(claimed)).isEqualTo(new HashSet<>(messages.stream().map(OutboxMessage::eventId).toList()));
    for (String eventId : claimed) {
      assertThat(stored(eventId).attempts()).as(eventId).isEqualTo(1);
    }
  }

  @Test
  void oneKeyClaimedConcurrentlyHasOneWinner() throws Exception {
    int callers = 6;
    List<IdempotencyClaim> claims = claimTogether(callers,
        () -> idempotency.claim(MERCHANT, "race-key", "hash-a", NOW, NOW.plus(Duration.ofHours(24))));

    assertThat(claims).filteredOn(c -> c instanceof IdempotencyClaim.Claimed).hasSize(1);
    assertThat(claims).filteredOn(c -> c instanceof IdempotencyClaim.InProgress).hasSize(callers - 1);
  }

  @Test
  void oneExpiredKeyTakenOverConcurrentlyHasOneWinner() throws Exception {
    Instant expires = NOW.plus(Duration.ofHours(24));
    idempotency.claim(MERCHANT, "race-key", "hash-a", NOW, expires);
    int callers = 6;
    List<IdempotencyClaim> claims = claimTogether(callers,
        () -> idempotency.claim(MERCHANT, "race-key", "hash-b", expires, expires.plus(Duration.ofHours(24))));

    assertThat(claims).filteredOn(c -> c instanceof IdempotencyClaim.Claimed).hasSize(1);
    assertThat(claims).filteredOn(c -> c instanceof IdempotencyClaim.InProgress).hasSize(callers - 1);
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** Runs {@code claim} on {@code callers} threads released at the same moment; their answers. */
  private List<IdempotencyClaim> claimTogether(int callers, java.util.concurrent.Callable<IdempotencyClaim> claim)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(callers);
    List<Future<IdempotencyClaim>> answers = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      answers.add(threads.submit(() -> {
        await(start);
        return claim.call();
      }));
    }
    List<IdempotencyClaim> claims = new ArrayList<>();
    for (Future<IdempotencyClaim> answer : answers) {
      claims.add(answer.get(30, TimeUnit.SECONDS));
    }
    return claims;
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other thread never arrived", e);
    }
  }

  private OutboxRow stored(String eventId) {
    return outboxRows.findById(eventId).orElseThrow();
  }

  private static OutboxMessage pending(String eventId, Instant at) {
    return OutboxMessage.pending(eventId, MERCHANT, "hpp_session.updated", "{\"id\":\"" + eventId + "\"}", at);
  }

  private HppSessionPage list(String reference, HppStatus status, dev.hppgateway.domain.ProviderId provider) {
    return sessions.list(new HppSessionQuery(MERCHANT, reference, status, provider, 10, null));
  }

  private static List<HppSessionId> ids(HppSessionPage page) {
    return page.sessions().stream().map(HppSession::id).toList();
  }

  private static HppSessionId last(HppSessionPage page) {
    return page.sessions().get(page.sessions().size() - 1).id();
  }

  private static HppSessionId id(String value) {
    return HppSessionId.of(value);
  }
}
