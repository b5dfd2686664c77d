package dev.hppgateway.bench.load;

import dev.hppgateway.bench.Pg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * How cost grows with the stored pages, on PostgreSQL: the service jar (live mode, sandbox JVM as
 * provider) creates one page through its API; that row is cloned {@code pages} times straight into
 * {@code hpp_sessions} (set-based {@code INSERT … SELECT … generate_series} over JDBC, in chunks,
 * every clone its own id, reference, provider ids (no page URL) and created_at); then creates, get
 * by id and list pages are measured through the API, and {@code EXPLAIN (ANALYZE, BUFFERS)} of the
 * get and list queries is printed. With {@code --sweep-pages K}, K of the seeded pages are then put
 * past their expiry and the time the sweep takes to expire them all is measured.
 *
 * <p>Run by {@code scripts/bench-growth.sh <pages> [--quick] [options]}; options: {@code
 * --concurrency 8 --requests N --seconds S --sweep-pages K --outbox-events N --pg-database
 * hpp_bench --out FILE}.
 */
public final class GrowthBench {
  private static final Pattern ID = Http.stringField("id");
  private static final int CHUNK = 50_000;

  private GrowthBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !args[0].matches("\\d+")) {
      throw new IllegalArgumentException(
          "usage: GrowthBench <pages> [--quick] [--concurrency 8] [--requests N] [--seconds S]"
              + " [--sweep-pages K] [--outbox-events N] [--pg-database hpp_bench] [--out FILE]");
    }
    long pages = Long.parseLong(args[0]);
    Map<String, String> given = new LinkedHashMap<>();
    boolean quick = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--quick")) {
        quick = true;
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        given.put(args[i].substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    int concurrency = Integer.parseInt(given.getOrDefault("concurrency", quick ? "2" : "8"));
    long requests = Long.parseLong(given.getOrDefault("requests", quick ? "20" : "5000"));
    double seconds = Double.parseDouble(given.getOrDefault("seconds", quick ? "5" : "10"));
    long sweepPages = Long.parseLong(given.getOrDefault("sweep-pages", "0"));
    long outboxEvents = Long.parseLong(given.getOrDefault("outbox-events", "0"));
    String database = given.getOrDefault("pg-database", "hpp_bench");
    Path out = Path.of(given.getOrDefault("out", "benchmarks/target/growth-" + pages + ".md"));

    Http http = new Http();
    Path work = Files.createTempDirectory("hpp-bench-growth-");
    StringBuilder report = new StringBuilder();
    List<ClosedLoop.Result> results = new ArrayList<>();
    Pg.recreate(database);
    Processes.Started sandbox =
        Services.sandbox(
            LoadBench.Settings.parse(new String[0]).sandboxJar(), work.resolve("sandbox"), http);
    Processes.Started gateway = null;
    try {
      Map<String, String> sweep =
          sweepPages > 0
              ? Map.of("HPP_SWEEP_INTERVAL", "200ms", "HPP_SWEEP_BATCH_SIZE", "500")
              : Map.of("HPP_SWEEP_INTERVAL", "30s");
      gateway =
          Services.gateway(
              Path.of("bootstrap-micronaut/target/hpp-gateway.jar"),
              List.of(),
              "pg",
              database,
              sandbox.baseUrl(),
              sweep,
              work.resolve("gateway"),
              http);
      String base = gateway.baseUrl();
      String bearer = "Bearer " + Services.MERCHANT_KEY;
      String template =
          Http.field(
              http.post(base + "/v1/hpp-sessions", bearer, Services.createBody(base), 201), ID);

      long seedStart = System.nanoTime();
      try (Connection db = Pg.connect(database)) {
        seed(db, template, pages);
        try (Statement sql = db.createStatement()) {
          sql.execute("ANALYZE hpp_sessions");
        }
      }
      double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
      report.append(
          String.format(
              "seeded %d pages (clones of %s) in %.1f s (%.0f rows/s)%n",
              pages, template, seedSeconds, pages / seedSeconds));

      String body = Services.createBody(base);
      String middle = "seed_" + Math.max(1, pages / 2);
      results.add(
          ClosedLoop.run(
              "create",
              "pg+" + pages,
              concurrency,
              requests,
              seconds,
              n -> http.post(base + "/v1/hpp-sessions", bearer, body, 201)));
      results.add(
          ClosedLoop.run(
              "get",
              "pg+" + pages,
              concurrency,
              requests,
              seconds,
              n ->
                  http.get(
                      base
                          + "/v1/hpp-sessions/seed_"
                          + (1 + ThreadLocalRandom.current().nextLong(pages)),
                      bearer,
                      200)));
      results.add(
          ClosedLoop.run(
              "list first page",
              "pg+" + pages,
              concurrency,
              requests,
              seconds,
              n -> http.get(base + "/v1/hpp-sessions?limit=20", bearer, 200)));
      results.add(
          ClosedLoop.run(
              "list mid cursor",
              "pg+" + pages,
              concurrency,
              requests,
              seconds,
              n ->
                  http.get(
                      base + "/v1/hpp-sessions?limit=20&starting_after=" + middle, bearer, 200)));
      report.append('\n').append(ClosedLoop.Result.header()).append('\n');
      for (ClosedLoop.Result r : results) {
        report
            .append(r.row())
            .append(r.firstError() == null ? "" : " " + r.firstError())
            .append('\n');
      }

      try (Connection db = Pg.connect(database)) {
        report.append('\n');
        explain(db, report, "get by id", "SELECT * FROM hpp_sessions WHERE id = ?", middle);
        explain(
            db,
            report,
            "list, first page",
            "SELECT * FROM hpp_sessions WHERE merchant_id = ? ORDER BY created_at DESC, id DESC LIMIT 21",
            Services.MERCHANT_ID);
        java.sql.Timestamp cursorAt;
        try (PreparedStatement at =
            db.prepareStatement("SELECT created_at FROM hpp_sessions WHERE id = ?")) {
          at.setString(1, middle);
          try (ResultSet rs = at.executeQuery()) {
            rs.next();
            cursorAt = rs.getTimestamp(1);
          }
        }
        // the list query as JdbcHppSessionRepository.list builds it with a starting_after cursor
        explain(
            db,
            report,
            "list, after a cursor (starting_after=" + middle + ")",
            "SELECT * FROM hpp_sessions WHERE merchant_id = ? AND (created_at, id) < (?, ?)"
                + " ORDER BY created_at DESC, id DESC LIMIT 21",
            Services.MERCHANT_ID,
            cursorAt,
            middle);
        if (sweepPages > 0) {
          report.append(sweep(db, Math.min(sweepPages, pages), Math.max(60, seconds * 30)));
        }
      }
      report.append(
          String.format(
              "%nRSS of the gateway after the run: %d MB%n", Processes.rssMb(gateway.process())));
      if (outboxEvents > 0) {
        Processes.stop(gateway.process());
        gateway = null;
        report.append(outbox(database, sandbox.baseUrl(), work, http, outboxEvents, seconds));
      }
    } finally {
      if (gateway != null) {
        Processes.stop(gateway.process());
      }
      Processes.stop(sandbox.process());
    }
    System.out.println();
    System.out.print(report);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
    System.out.println("written: " + out + "; the JVMs' logs: " + work);
  }

  /**
   * Outbox dispatch: {@code events} PENDING webhook events (each of its own seeded page) inserted
   * straight into {@code outbox}, then the gateway restarted in sandbox mode (live mode sends
   * webhooks to https addresses only, never to loopback) with the bench merchant's webhook URL at a
   * local receiver, delivery every 100 ms in batches of 500; the time until all are DELIVERED.
   */
  private static String outbox(
      String database, String sandboxBase, Path work, Http http, long events, double seconds)
      throws Exception {
    // sequence 100: clear of the numbers the sweep gave the same pages' own events (1, 2, ...)
    try (Connection db = Pg.connect(database);
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO outbox (event_id, merchant_id, type, payload, state, attempts,"
                    + " next_attempt_at, created_at, session_id, sequence_no)"
                    + " SELECT 'seed-ev-' || g, ?, 'hpp_session.completed',"
                    + " '{\"id\":\"seed-ev-' || g || '\",\"type\":\"hpp_session.completed\","
                    + "\"data\":{\"id\":\"seed_' || g || '\",\"status\":\"COMPLETED\"}}',"
                    + " 'PENDING', 0, now(), now(), 'seed_' || g, 100"
                    + " FROM generate_series(1, ?::bigint) g")) {
      insert.setString(1, Services.MERCHANT_ID);
      insert.setLong(2, events);
      insert.executeUpdate();
    }
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      long start = System.nanoTime();
      Processes.Started gateway =
          Services.gateway(
              Path.of("bootstrap-micronaut/target/hpp-gateway.jar"),
              List.of(),
              "pg",
              database,
              sandboxBase,
              Map.of(
                  "HPP_SANDBOX_ENABLED", "true",
                  "HPP_BOOTSTRAP_MERCHANT_WEBHOOK_URL", receiver.url(),
                  "HPP_BOOTSTRAP_MERCHANT_WEBHOOK_SECRET", "bench-webhook-secret-not-a-secret",
                  "HPP_WEBHOOKS_DELIVERY_INTERVAL", "100ms",
                  "HPP_WEBHOOKS_DELIVERY_BATCH_SIZE", "500",
                  "HPP_SWEEP_ENABLED", "false"),
              work.resolve("gateway-outbox"),
              http);
      long up = System.nanoTime();
      long delivered = 0;
      long deadline = up + (long) (Math.max(60, seconds * 30) * 1e9);
      try (Connection db = Pg.connect(database);
          PreparedStatement done =
              db.prepareStatement(
                  "SELECT count(*) FROM outbox WHERE state = 'DELIVERED' AND event_id LIKE"
                      + " 'seed-ev-%'")) {
        while (System.nanoTime() < deadline) {
          try (ResultSet rs = done.executeQuery()) {
            rs.next();
            delivered = rs.getLong(1);
          }
          if (delivered >= events) {
            break;
          }
          Thread.sleep(500);
        }
      } finally {
        Processes.stop(gateway.process());
      }
      double total = (System.nanoTime() - up) / 1e9;
      return String.format(
          "%noutbox: %d of %d pending events DELIVERED %.1f s after the gateway answered"
              + " (%.0f events/s; start-up %.1f s; the receiver got %d posts; interval 100 ms,"
              + " batch 500, sandbox mode)%n",
          delivered, events, total, delivered / total, (up - start) / 1e9, receiver.received());
    }
  }

  /** {@code pages} clones of {@code template}: ids {@code seed_1 … seed_<pages>}, 1 s apart. */
  private static void seed(Connection db, String template, long pages) throws Exception {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = db.getMetaData().getColumns(null, "public", "hpp_sessions", null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME"));
      }
    }
    Map<String, String> varied =
        Map.of(
            "id", "'seed_' || g",
            "merchant_reference", "'seed-' || g",
            "provider_session_id", "'seed-ps-' || g",
            "payment_ref", "'seed-pay-' || g",
            // the template's page URL would make every clone read the template's provider page
            "provider_page_url", "NULL",
            "created_at", "t.created_at - g * INTERVAL '1 second'");
    String select =
        String.join(", ", columns.stream().map(c -> varied.getOrDefault(c, "t." + c)).toList());
    String sql =
        "INSERT INTO hpp_sessions ("
            + String.join(", ", columns)
            + ") SELECT "
            + select
            + " FROM hpp_sessions t, generate_series(?::bigint, ?::bigint) g WHERE t.id = ?";
    db.setAutoCommit(false);
    try (PreparedStatement insert = db.prepareStatement(sql)) {
      for (long from = 1; from <= pages; from += CHUNK) {
        long to = Math.min(pages, from + CHUNK - 1);
        insert.setLong(1, from);
        insert.setLong(2, to);
        insert.setString(3, template);
        insert.executeUpdate();
        db.commit();
        if (pages > CHUNK) {
          System.out.printf("seeded %d / %d%n", to, pages);
        }
      }
    } finally {
      db.setAutoCommit(true);
    }
  }

  private static void explain(
      Connection db, StringBuilder report, String what, String query, Object... args)
      throws Exception {
    report.append("EXPLAIN (ANALYZE, BUFFERS) ").append(what).append(":\n");
    try (PreparedStatement plan = db.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
      for (int i = 0; i < args.length; i++) {
        plan.setObject(i + 1, args[i]);
      }
      try (ResultSet rows = plan.executeQuery()) {
        while (rows.next()) {
          report.append("    ").append(rows.getString(1)).append('\n');
        }
      }
    }
  }

  /**
   * Puts {@code count} seeded pages past their expiry and waits (at most {@code limitSeconds})
   * until the sweep (200 ms interval, batches of 500) has expired them all.
   */
  private static String sweep(Connection db, long count, double limitSeconds) throws Exception {
    try (PreparedStatement expire =
        db.prepareStatement(
            "UPDATE hpp_sessions SET expires_at = now() - INTERVAL '1 minute'"
                + " WHERE id IN (SELECT 'seed_' || g FROM generate_series(1, ?) g)")) {
      expire.setLong(1, count);
      expire.executeUpdate();
    }
    long start = System.nanoTime();
    long expired = 0;
    long deadline = start + (long) (limitSeconds * 1e9);
    try (PreparedStatement done =
        db.prepareStatement(
            "SELECT count(*) FROM hpp_sessions WHERE status = 'EXPIRED' AND id LIKE 'seed\\_%'")) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rs = done.executeQuery()) {
          rs.next();
          expired = rs.getLong(1);
        }
        if (expired >= count) {
          break;
        }
        Thread.sleep(500);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return String.format(
        "%nsweep: %d of %d pages past expiry were EXPIRED after %.1f s (%.0f pages/s; interval 200"
            + " ms, batch 500)%n",
        expired, count, seconds, expired / seconds);
  }
}
