package dev.hppgateway.adapter.persistence;

import static dev.hppgateway.application.fixtures.Sessions.KP;
import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static dev.hppgateway.application.fixtures.TestHppSessions.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.Sessions;
import dev.hppgateway.application.fixtures.StoreContractTest;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.OutboxState;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.HppSessionTimeline;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.port.out.persistence.ProviderEventLog;
import dev.hppgateway.application.port.out.persistence.StaleHppSessionException;
import dev.hppgateway.application.port.out.persistence.TransactionRunner;
import dev.hppgateway.domain.HppChangeSource;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionTimelineEntry;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.ProviderObservation;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract every store passes ({@link StoreContractTest}, from application's test-jar),
 * plus what only the JDBC stores have: migrations, column mapping, JSON columns, stored times,
 * rollbacks. Subclasses only say which database to run on (H2 in PostgreSQL mode, PostgreSQL); each
 * gets a fresh database or schema, migrated by Flyway at startup, and the tables are emptied before
 * each test.
 */
abstract class PersistenceContractTest extends StoreContractTest {
  private static final List<String> TABLES =
      List.of(
          "hpp_sessions",
          "idempotency_keys",
          "outbox",
          "provider_events",
          "merchant_api_keys",
          "merchants",
          "hpp_session_timeline");

  @Inject HppSessionRepository sessions;
  @Inject IdempotencyStore idempotency;
  @Inject OutboxRepository outbox;
  @Inject OutboxRowRepository outboxRows;
  @Inject ProviderEventLog providerEvents;
  @Inject MerchantRepository merchants;
  @Inject HppSessionTimeline timeline;
  @Inject TransactionRunner transactions;
  @Inject DataSource dataSource;

  @Override
  protected HppSessionRepository sessions() {
    return sessions;
  }

  @Override
  protected IdempotencyStore idempotency() {
    return idempotency;
  }

  @Override
  protected OutboxRepository outbox() {
    return outbox;
  }

  @Override
  protected ProviderEventLog providerEvents() {
    return providerEvents;
  }

  @Override
  protected MerchantRepository merchants() {
    return merchants;
  }

  @Override
  protected HppSessionTimeline timeline() {
    return timeline;
  }

  @Override
  protected TransactionRunner transactions() {
    return transactions;
  }

  @Override
  protected Optional<OutboxMessage> storedMessage(String eventId) {
    return outboxRows.findById(eventId).map(JdbcOutboxRepository::message);
  }

  @BeforeEach
  void emptyTables() throws SQLException {
    try (Connection connection = rawDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    }
  }

  /**
   * Outside a transaction the injected DataSource has no connection to give; the pool behind it
   * has.
   */
  DataSource rawDataSource() {
    return DelegatingDataSource.unwrapDataSource(dataSource);
  }

  // --- migrations and mapping ------------------------------------------------------------------

  @Test
  void everyMigrationAppliedOnTheEmptyDatabase() throws SQLException {
    List<String> applied = new ArrayList<>();
    try (Connection connection = rawDataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT script, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
      while (rows.next()) {
        assertThat(rows.getBoolean("success")).as(rows.getString("script")).isTrue();
        applied.add(rows.getString("script"));
      }
    }
    assertThat(applied)
        .containsExactly(
            "V1__merchants.sql",
            "V2__hpp_sessions.sql",
            "V3__idempotency_keys.sql",
            "V4__outbox.sql",
            "V5__provider_events.sql",
            "V6__page_options_json.sql",
            "V7__claim_owners_and_event_sequence.sql",
            "V8__sweep_backoff.sql",
            "V9__order_follow_up.sql",
            "V10__provider_payment_refs.sql",
            "V11__provider_page_url.sql",
            "V12__hpp_session_timeline.sql",
            "V13__merchant_key_rotation.sql",
            "V14__refunded_amount.sql",
            "V15__outbox_listing.sql",
            "V16__sweep_claims.sql",
            "V17__webhook_secret_rotation.sql");
  }

  @Test
  void everyEntityMapsExactlyTheColumnsOfItsTable() throws SQLException {
    // The sweep's claim lives beside the page (V16): written only by the claim's own statements,
    // so saving a page never ends a claim.
    Set<String> sessionColumns = new TreeSet<>(columnsOf("hpp_sessions"));
    assertThat(sessionColumns.removeAll(Set.of("sweep_owner", "sweep_claimed_until"))).isTrue();
    assertThat(sessionColumns).isEqualTo(columnsOf(HppSessionRow.class));
    assertThat(columnsOf("merchants")).isEqualTo(columnsOf(MerchantRow.class));
    assertThat(columnsOf("merchant_api_keys")).isEqualTo(columnsOf(MerchantApiKeyRow.class));
    assertThat(columnsOf("outbox")).isEqualTo(columnsOf(OutboxRow.class));
    assertThat(columnsOf("idempotency_keys")).isEqualTo(columnsOf(IdempotencyKeyRow.class));
    assertThat(columnsOf("provider_events")).isEqualTo(columnsOf(ProviderEventRow.class));
    assertThat(columnsOf("hpp_session_timeline")).isEqualTo(columnsOf(HppSessionTimelineRow.class));
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

  /**
   * The entity's record components in snake case, embedded ids expanded (the naming Micronaut Data
   * uses).
   */
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

  /**
   * An empty database of the same kind, for the step-by-step migration tests; dropped by the
   * subclass.
   */
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

    assertThat(sessions.findById(id("hpp_v5_all")).orElseThrow().options())
        .isEqualTo(
            PageOptions.of(
                Map.of(
                    "place_order_mode", "CAPTURE_ORDER",
                    "page_title", "Betala \"nu\" \\ “Fjäll” ✓",
                    "logo_url", "https://shop.example/logo.png",
                    "background_images",
                        List.of(Map.of("url", "https://shop.example/bg.png", "width", 600)),
                    "payment_method_categories", List.of("PAY_LATER", "PAY_NOW"),
                    "purchase_type", "BUY",
                    "hide_subtotal_detail", true,
                    "profile_id", "profile-7")));
    assertThat(sessions.findById(id("hpp_v5_none")).orElseThrow().options())
        .isEqualTo(PageOptions.none());
    HppSession single = sessions.findById(id("hpp_v5_one")).orElseThrow();
    assertThat(single.options())
        .isEqualTo(
            PageOptions.of(
                Map.of("place_order_mode", "PLACE_ORDER", "payment_method_category", "KLARNA")));
    assertThat(single.merchantUrls().get(dev.hppgateway.domain.UrlKind.SUCCESS)).isPresent();
    assertThat(single.order().amount().minorUnits()).isEqualTo(20_000);
  }

  @Test
  void tokensStoredBeforeV9EndAnHourAfterTheirPagesLastUpdateAndNothingIsPending()
      throws SQLException {
    ScratchDatabase scratch = scratchDatabase();
    migrate(scratch, MigrationVersion.fromVersion("5"));
    try (Connection connection = scratch.connect();
        Statement statement = connection.createStatement()) {
      V6MigrationRows.insertNoOptions(connection, "hpp_v5_token", NOW);
      V6MigrationRows.insertNoOptions(connection, "hpp_v5_plain", NOW);
      statement.executeUpdate(
          "UPDATE hpp_sessions SET status = 'COMPLETED', raw_status = 'COMPLETED',"
              + " authorization_token = 'tok-old' WHERE id = 'hpp_v5_token'");
    }

    migrate(scratch, MigrationVersion.LATEST);
    copyEverySession(scratch);

    HppSession withToken = sessions.findById(id("hpp_v5_token")).orElseThrow();
    assertThat(withToken.authorizationToken()).isEqualTo("tok-old");
    assertThat(withToken.authorizationExpiresAt()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(withToken.pendingOrder()).isNull();
    HppSession plain = sessions.findById(id("hpp_v5_plain")).orElseThrow();
    assertThat(plain.authorizationExpiresAt()).isNull();
    assertThat(plain.pendingOrder()).isNull();
    assertThat(sessions.findOrderFollowUpsDue(NOW.plusSeconds(3600), 10))
        .extracting(HppSession::id)
        .containsExactly(id("hpp_v5_token"));
  }

  @Test
  void pagesRefundedBeforeV14RefundedTheirWholeAmountOnceAndOthersNothing() throws SQLException {
    ScratchDatabase scratch = scratchDatabase();
    migrate(scratch, MigrationVersion.fromVersion("5"));
    try (Connection connection = scratch.connect();
        Statement statement = connection.createStatement()) {
      V6MigrationRows.insertNoOptions(connection, "hpp_v11_refunded", NOW);
      V6MigrationRows.insertNoOptions(connection, "hpp_v11_paid", NOW);
      statement.executeUpdate(
          "UPDATE hpp_sessions SET status = 'REFUNDED', raw_status = 'REFUNDED'"
              + " WHERE id = 'hpp_v11_refunded'");
      statement.executeUpdate(
          "UPDATE hpp_sessions SET status = 'COMPLETED', raw_status = 'COMPLETED'"
              + " WHERE id = 'hpp_v11_paid'");
    }

    migrate(scratch, MigrationVersion.fromVersion("11"));
    migrate(scratch, MigrationVersion.LATEST);

    try (Connection connection = scratch.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id, amount_minor, refunded_minor, refund_count FROM hpp_sessions"
                    + " ORDER BY id")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString("id")).isEqualTo("hpp_v11_paid");
      assertThat(rows.getLong("refunded_minor")).isZero();
      assertThat(rows.getInt("refund_count")).isZero();
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString("id")).isEqualTo("hpp_v11_refunded");
      assertThat(rows.getLong("refunded_minor")).isEqualTo(rows.getLong("amount_minor"));
      assertThat(rows.getInt("refund_count")).isEqualTo(1);
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void v6DropsTheOptionColumnsAndTheNeverWrittenStatusUpdateUrl() throws SQLException {
    assertThat(columnsOf("hpp_sessions"))
        .contains("page_options")
        .doesNotContain(
            "status_update_url",
            "place_order_mode",
            "page_title",
            "logo_url",
            "background_images",
            "payment_method_categories",
            "payment_method_category",
            "purchase_type",
            "hide_subtotal_detail",
            "profile_id");
  }

  @Test
  void rowsWrittenBeforeV7AreDeliveredAndTheirKeysLapse() throws SQLException {
    ScratchDatabase scratch = scratchDatabase();
    migrate(scratch, MigrationVersion.fromVersion("6"));
    java.time.OffsetDateTime at = NOW.atOffset(java.time.ZoneOffset.UTC);
    try (Connection connection = scratch.connect();
        java.sql.PreparedStatement outboxRow =
            connection.prepareStatement(
                "INSERT INTO outbox (event_id, merchant_id, type, payload, state, attempts,"
                    + " next_attempt_at, last_error, created_at)"
                    + " VALUES (?, 'm_test', 'hpp_session.completed', '{}', 'PENDING', 0, ?, NULL, ?)");
        java.sql.PreparedStatement key =
            connection.prepareStatement(
                "INSERT INTO idempotency_keys (merchant_id, idempotency_key, request_hash, state,"
                    + " session_id, created_at, expires_at)"
                    + " VALUES (?, 'key-v6', 'hash-a', 'IN_PROGRESS', NULL, ?, ?)")) {
      for (String eventId : List.of("evt_v6_b", "evt_v6_a")) {
        outboxRow.setString(1, eventId);
        outboxRow.setObject(2, at);
        outboxRow.setObject(3, at);
        outboxRow.executeUpdate();
      }
      key.setString(1, MERCHANT.value());
      key.setObject(2, at);
      key.setObject(3, at.plusMinutes(5));
      key.executeUpdate();
    }

    migrate(scratch, MigrationVersion.LATEST);
    copyEveryRow(scratch, "outbox");
    copyEveryRow(scratch, "idempotency_keys");

    List<OutboxMessage> claimed = outbox.claimDue(NOW, 10, java.time.Duration.ofMinutes(1));
    assertThat(claimed)
        .as("no session, so nothing holds them back")
        .extracting(OutboxMessage::eventId)
        .containsExactly("evt_v6_a", "evt_v6_b");
    assertThat(claimed).extracting(OutboxMessage::sequence).containsOnly(0L);
    assertThat(outbox.markDelivered("evt_v6_a", claimed.get(0).claimToken(), NOW)).isTrue();
    assertThat(storedMessage("evt_v6_a").orElseThrow().state()).isEqualTo(OutboxState.DELIVERED);

    assertThat(idempotency.release(MERCHANT, "key-v6", "owner-b"))
        .as("a key claimed before V7 has no owner to free it")
        .isFalse();
    assertThat(
            idempotency.claim(
                MERCHANT,
                "key-v6",
                "owner-b",
                "hash-a",
                NOW,
                NOW.plus(java.time.Duration.ofMinutes(5))))
        .isInstanceOf(
            dev.hppgateway.application.port.out.persistence.IdempotencyClaim.InProgress.class);
    assertThat(
            idempotency.claim(
                MERCHANT,
                "key-v6",
                "owner-b",
                "hash-a",
                NOW.plus(java.time.Duration.ofMinutes(5)),
                NOW.plus(java.time.Duration.ofMinutes(10))))
        .as("it lapses")
        .isInstanceOf(
            dev.hppgateway.application.port.out.persistence.IdempotencyClaim.Claimed.class);
  }

  @Test
  void merchantsWrittenBeforeV13KeepTheirKeyAsTheCurrentOne() throws SQLException {
    ScratchDatabase scratch = scratchDatabase();
    // V11: the last migration before V13 that every branch has (V12 may come from another one)
    migrate(scratch, MigrationVersion.fromVersion("11"));
    try (Connection connection = scratch.connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO merchants (id, name, api_key_hash, webhook_url, webhook_secret_ref,"
              + " callback_secret_hash) VALUES ('m_v12', 'Shop', 'hash-v12',"
              + " 'https://shop.example/hooks', 'secret-v12', 'callback-v12')");
    }

    migrate(scratch, MigrationVersion.LATEST);
    copyEveryRow(scratch, "merchants");
    copyEveryRow(scratch, "merchant_api_keys");

    Merchant expected =
        new Merchant(
            MerchantId.of("m_v12"),
            "Shop",
            "hash-v12",
            "https://shop.example/hooks",
            "secret-v12",
            "callback-v12");
    assertThat(merchants.findByApiKeyHash("hash-v12")).contains(expected);
    assertThat(merchants.findAll()).containsExactly(expected);
    assertThat(columnsOf("merchants")).doesNotContain("api_key_hash");
  }

  @Test
  void aKeyHashIsUniqueAcrossMerchantsAndSlotsInTheDatabaseItself() throws SQLException {
    merchants.save(new Merchant(MERCHANT, "Shop", "hash-1", null, null, null));
    merchants.save(new Merchant(MerchantId.of("m_two"), "Two", "hash-2", null, null, null));

    try (Connection connection = rawDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "INSERT INTO merchant_api_keys (key_hash, merchant_id, slot)"
                          + " VALUES ('hash-1', 'm_two', 'PREVIOUS')"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "INSERT INTO merchant_api_keys (key_hash, merchant_id, slot)"
                          + " VALUES ('hash-3', 'm_two', 'CURRENT')"))
          .as("one current key per merchant")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "INSERT INTO merchant_api_keys (key_hash, merchant_id, slot)"
                          + " VALUES ('hash-4', 'm_two', 'OLDER')"))
          .isInstanceOf(SQLException.class);
    }
  }

  private static void migrate(ScratchDatabase scratch, MigrationVersion target) {
    Flyway.configure()
        .dataSource(scratch.url(), scratch.user(), scratch.password())
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }

  /** Copies the scratch database's sessions, column by column, into the one the stores use. */
  private void copyEverySession(ScratchDatabase scratch) throws SQLException {
    copyEveryRow(scratch, "hpp_sessions");
  }

  /** Copies the scratch database's rows of a table, column by column, into the stores' one. */
  private void copyEveryRow(ScratchDatabase scratch, String table) throws SQLException {
    try (Connection from = scratch.connect();
        Statement select = from.createStatement();
        ResultSet rows = select.executeQuery("SELECT * FROM " + table);
        Connection to = rawDataSource().getConnection()) {
      int count = rows.getMetaData().getColumnCount();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        columns.add(rows.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
      }
      String insert =
          "INSERT INTO "
              + table
              + " ("
              + String.join(", ", columns)
              + ") VALUES ("
              + String.join(", ", java.util.Collections.nCopies(count, "?"))
              + ")";
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
  void pageOptionsAreStoredAsOneJsonObjectWithSortedKeys() throws SQLException {
    HppSession session =
        Sessions.of(KP)
            .options(
                PageOptions.of(
                    Map.of(
                        "page_title",
                        "Pay",
                        "background_images",
                        List.of(Map.of("width", 600, "url", "https://shop.example/bg.png")))))
            .build();

    sessions.insert(session);

    try (Connection connection = rawDataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT page_options FROM hpp_sessions WHERE id = '"
                    + session.id().value()
                    + "'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1))
          .isEqualTo(
              "{\"background_images\":[{\"url\":\"https://shop.example/bg.png\",\"width\":600}],\"page_title\":\"Pay\"}");
    }
  }

  // --- sessions ----------------------------------------------------------------------------------

  @Test
  void timesKeepTheirMicrosecondsAndLoseFinerDigits() {
    Instant precise = Instant.parse("2026-11-23T12:00:00.123456789Z");
    HppSession session =
        Sessions.of(KP)
            .createdAt(precise)
            .updatedAt(precise)
            .expiresAt(precise.plusSeconds(60))
            .build();

    sessions.insert(session);

    HppSession stored = sessions.findById(session.id()).orElseThrow();
    assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00.123456Z"));
    assertThat(stored.updatedAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00.123456Z"));
    assertThat(stored.expiresAt()).isEqualTo(Instant.parse("2026-11-23T12:01:00.123456Z"));
  }

  // --- outbox ------------------------------------------------------------------------------------

  @Test
  void appendedMessagesFillEveryColumn() {
    OutboxMessage message =
        new OutboxMessage(
            "evt_all",
            MERCHANT,
            id("hpp_all"),
            7,
            "hpp_session.completed",
            "{\"ä\":\"✓\"}",
            OutboxState.PENDING,
            2,
            NOW.plusSeconds(5),
            "HTTP 503 from merchant",
            NOW.minusSeconds(5),
            "claim-before");

    outbox.append(List.of(message));

    assertThat(stored("evt_all"))
        .isEqualTo(
            new OutboxRow(
                "evt_all",
                MERCHANT.value(),
                "hpp_session.completed",
                "{\"ä\":\"✓\"}",
                "PENDING",
                2,
                NOW.plusSeconds(5),
                "HTTP 503 from merchant",
                NOW.minusSeconds(5),
                "hpp_all",
                7L,
                "claim-before"));
  }

  // --- transactions ------------------------------------------------------------------------------

  @Test
  void aFailureRollsBackTheSessionAndItsOutboxMessageTogether() {
    HppSession session = Sessions.of(KP).build();
    IllegalStateException failure = new IllegalStateException("publisher broke");

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      sessions.insert(session);
                      outbox.append(List.of(pending("evt_created", NOW)));
                      throw failure;
                    }))
        .isSameAs(failure);

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

    stale.observe(
        new ProviderObservation(HppStatus.IN_PROGRESS, "IN_PROGRESS", null, null),
        NOW.plusSeconds(2));
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      outbox.append(List.of(pending("evt_progress", NOW)));
                      sessions.update(stale);
                      return null;
                    }))
        .isInstanceOf(StaleHppSessionException.class);

    assertThat(outboxRows.findById("evt_progress")).isEmpty();
    assertThat(sessions.findById(session.id()).orElseThrow().status())
        .isEqualTo(HppStatus.DISABLED);
  }

  // --- timeline ----------------------------------------------------------------------------------

  @Test
  void aTimelineEntryKeepsItsTimesMicrosecondsAndItsTextAsGiven() {
    HppSessionTimelineEntry entry =
        new HppSessionTimelineEntry(
            id("hpp_micros"),
            MERCHANT,
            1,
            "hpp_session.created",
            null,
            HppStatus.WAITING,
            "x".repeat(250) + "“ä✓”",
            HppChangeSource.API,
            Instant.parse("2026-11-23T12:00:00.123456789Z"));

    timeline.append(List.of(entry));

    HppSessionTimelineEntry stored = timeline.list(id("hpp_micros")).get(0);
    assertThat(stored.occurredAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00.123456Z"));
    assertThat(stored.providerStatus()).isEqualTo(entry.providerStatus());
  }

  @Test
  void aFailureRollsBackTheSessionAndItsTimelineTogether() {
    HppSession session = Sessions.of(KP).build();
    IllegalStateException failure = new IllegalStateException("publisher broke");

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      sessions.insert(session);
                      timeline.append(List.of(created(session)));
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(sessions.findById(session.id())).isEmpty();
    assertThat(timeline.list(session.id())).isEmpty();
  }

  @Test
  void aStaleUpdateRollsBackTheTimelineEntriesWrittenBeforeIt() {
    HppSession session = Sessions.of(KP).build();
    sessions.insert(session);
    timeline.append(List.of(created(session)));
    HppSession stale = sessions.findById(session.id()).orElseThrow();
    HppSession winner = sessions.findById(session.id()).orElseThrow();
    winner.disable(NOW.plusSeconds(1));
    sessions.update(winner);

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      timeline.append(
                          List.of(
                              new HppSessionTimelineEntry(
                                  session.id(),
                                  MERCHANT,
                                  2,
                                  "hpp_session.in_progress",
                                  HppStatus.WAITING,
                                  HppStatus.IN_PROGRESS,
                                  "IN_PROGRESS",
                                  HppChangeSource.CALLBACK,
                                  NOW.plusSeconds(2))));
                      sessions.update(stale);
                      return null;
                    }))
        .isInstanceOf(StaleHppSessionException.class);

    assertThat(timeline.list(session.id()))
        .extracting(HppSessionTimelineEntry::sequence)
        .containsExactly(1L);
  }

  private static HppSessionTimelineEntry created(HppSession session) {
    return new HppSessionTimelineEntry(
        session.id(),
        session.merchantId(),
        1,
        "hpp_session.created",
        null,
        HppStatus.WAITING,
        session.rawStatus(),
        HppChangeSource.API,
        NOW);
  }

  // --- helpers -----------------------------------------------------------------------------------

  private OutboxRow stored(String eventId) {
    return outboxRows.findById(eventId).orElseThrow();
  }

  private static OutboxMessage pending(String eventId, Instant at) {
    return OutboxMessage.pending(
        eventId,
        MERCHANT,
        id("hpp_of_" + eventId),
        1,
        "hpp_session.updated",
        "{\"id\":\"" + eventId + "\"}",
        at);
  }

  private static HppSessionId id(String value) {
    return HppSessionId.of(value);
  }
}
