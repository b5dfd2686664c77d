package dev.hppgateway.bench.load;

import dev.hppgateway.adapter.hppv1.WireBodies;
import dev.hppgateway.bench.Pg;
import dev.hppgateway.bench.jmh.Orders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The load benchmark of issue 13, all on 127.0.0.1: starts the provider sandbox as its own JVM,
 * measures the direct baseline (what one KP create does: KP payment session + HPP session), then
 * for each database starts the service jar in live mode against that sandbox and measures creates
 * through the gateway, get by id, a list page and (PostgreSQL) provider callbacks, at each
 * concurrency; stops everything; prints a table and writes JSON.
 *
 * <p>Run by {@code scripts/bench-load.sh [--quick] [options]}; options: {@code --concurrency 1,8,32
 * --requests N --seconds S --warmup N --db h2,pg --out FILE --sandbox-jar JAR --gateway-jar JAR
 * --pg-database hpp_bench --jvm-args "..."}.
 */
public final class LoadBench {
  static final String CALLBACK_SECRET = "benchCallbackSecretNotARealOne";
  private static final Pattern SESSION_ID = Http.stringField("session_id");
  private static final Pattern ID = Http.stringField("id");

  private final Settings settings;
  private final Http http = new Http();
  private final List<ClosedLoop.Result> results = new ArrayList<>();
  private final Map<String, String> memory = new LinkedHashMap<>();

  private LoadBench(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    new LoadBench(settings).runAll();
  }

  private void runAll() throws Exception {
    Path work = Files.createTempDirectory("hpp-bench-load-");
    Processes.Started sandbox =
        Services.sandbox(settings.sandboxJar, work.resolve("sandbox"), http);
    System.out.printf("sandbox up at %s in %d ms%n", sandbox.baseUrl(), sandbox.startupMillis());
    try {
      baseline(sandbox.baseUrl() + "/sandbox/klarna");
      for (String db : settings.dbs) {
        gateway(db, sandbox.baseUrl(), work.resolve("gateway-" + db));
      }
    } finally {
      Processes.stop(sandbox.process());
    }
    report();
    System.out.println("the JVMs' logs (and the H2 file): " + work);
  }

  /** The direct baseline: KP payment session, then the HPP session over it. */
  private void baseline(String klarna) throws Exception {
    String auth = Http.basic(Services.KLARNA_USER, Services.KLARNA_PASSWORD);
    String kpBody = WireBodies.kpSession(Orders.order(Orders.lines(1)), "bench-order", "hpp_bench");
    String hppTemplate =
        WireBodies.hppCreate(
            klarna + "/payments/v1/sessions/__KP__",
            "http://127.0.0.1:9/shop/ok?sid={{session_id}}",
            "http://127.0.0.1:9/callbacks/klarna-kp/hpp_bench/" + CALLBACK_SECRET);
    ClosedLoop.Operation create =
        n -> {
          String kp = http.post(klarna + "/payments/v1/sessions", auth, kpBody, 200);
          String kpId = Http.field(kp, SESSION_ID);
          http.post(klarna + "/hpp/v1/sessions", auth, hppTemplate.replace("__KP__", kpId), 201);
        };
    for (int c : settings.concurrency) {
      measure("create", "direct", c, create);
    }
  }

  /** The service jar on {@code db} (h2 or pg), live mode against the sandbox. */
  private void gateway(String db, String sandboxBase, Path work) throws Exception {
    if (db.equals("pg")) {
      Pg.recreate(settings.pgDatabase);
    }
    Processes.Started gateway =
        Services.gateway(
            settings.gatewayJar,
            settings.jvmArgs,
            db,
            settings.pgDatabase,
            sandboxBase,
            Map.of(),
            work,
            http);
    String base = gateway.baseUrl();
    memory.put(db + " start-up ms", String.valueOf(gateway.startupMillis()));
    memory.put(db + " RSS MB after start", String.valueOf(Processes.rssMb(gateway.process())));
    System.out.printf("gateway (%s) up at %s in %d ms%n", db, base, gateway.startupMillis());
    try {
      String bearer = "Bearer " + Services.MERCHANT_KEY;
      String body = Services.createBody(base);
      List<String> ids = new CopyOnWriteArrayList<>();
      ClosedLoop.Operation create =
          n -> ids.add(Http.field(http.post(base + "/v1/hpp-sessions", bearer, body, 201), ID));
      for (int c : settings.concurrency) {
        measure("create", db, c, create);
      }
      if (ids.isEmpty()) {
        throw new IllegalStateException(db + ": no page was created; see " + gateway.log());
      }
      List<String> pages = List.copyOf(ids);
      ClosedLoop.Operation get =
          n ->
              http.get(
                  base + "/v1/hpp-sessions/" + pages.get((int) (n % pages.size())), bearer, 200);
      ClosedLoop.Operation list = n -> http.get(base + "/v1/hpp-sessions?limit=20", bearer, 200);
      for (int c : settings.concurrency) {
        measure("get", db, c, get);
      }
      for (int c : settings.concurrency) {
        measure("list", db, c, list);
      }
      if (db.equals("pg")) {
        List<String[]> callbackTargets = callbackTargets();
        ClosedLoop.Operation callback =
            n -> {
              String[] page = callbackTargets.get((int) (n % callbackTargets.size()));
              http.post(
                  base + "/callbacks/klarna-kp/" + page[0] + "/" + CALLBACK_SECRET,
                  null,
                  "{\"event_id\":\""
                      + UUID.randomUUID()
                      + "\",\"session\":{\"session_id\":\""
                      + page[1]
                      + "\",\"status\":\"WAITING\"}}",
                  204);
            };
        for (int c : settings.concurrency) {
          measure("callback", db, c, callback);
        }
      }
      memory.put(db + " RSS MB after load", String.valueOf(Processes.rssMb(gateway.process())));
    } finally {
      Processes.stop(gateway.process());
    }
  }

  /**
   * The pages created so far, with a callback secret the driver knows: only the secret's hash is
   * stored, so it is set here (the driver never sees the random one the gateway gave the provider).
   * Each entry: the gateway's page id and the provider's HPP session id.
   */
  private List<String[]> callbackTargets() throws Exception {
    String hash =
        HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(CALLBACK_SECRET.getBytes(StandardCharsets.UTF_8)));
    List<String[]> targets = new ArrayList<>();
    try (Connection db = Pg.connect(settings.pgDatabase)) {
      try (PreparedStatement update =
          db.prepareStatement(
              "UPDATE hpp_sessions SET callback_secret_hash = ? WHERE merchant_id = ?")) {
        update.setString(1, hash);
        update.setString(2, Services.MERCHANT_ID);
        update.executeUpdate();
      }
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT id, provider_session_id FROM hpp_sessions WHERE merchant_id = ? LIMIT 10000"); ) {
        select.setString(1, Services.MERCHANT_ID);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            targets.add(new String[] {rows.getString(1), rows.getString(2)});
          }
        }
      }
    }
    return targets;
  }

  private void measure(String scenario, String target, int concurrency, ClosedLoop.Operation op)
      throws InterruptedException {
    if (settings.warmup > 0) {
      ClosedLoop.run(
          scenario, target, concurrency, settings.warmup, Math.min(3, settings.seconds), op);
    }
    ClosedLoop.Result result =
        ClosedLoop.run(scenario, target, concurrency, settings.requests, settings.seconds, op);
    results.add(result);
    System.out.println(
        result.row() + (result.firstError() == null ? "" : " " + result.firstError()));
  }

  private void report() throws Exception {
    StringBuilder text = new StringBuilder();
    text.append(
            String.format(
                "load run %s: java %s, %d cores, load average at end %s; settings %s%n%n",
                java.time.Instant.now(),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim(),
                settings))
        .append(ClosedLoop.Result.header())
        .append('\n');
    results.forEach(r -> text.append(r.row()).append('\n'));
    text.append("\ncreate through the gateway vs the direct baseline, same concurrency:\n")
        .append(
            "| target | c | throughput ratio | p99 gateway ms | p99 direct ms | added p99 ms |\n")
        .append("|---|---|---|---|---|---|\n");
    for (ClosedLoop.Result g : results) {
      if (!g.scenario().equals("create") || g.target().equals("direct")) {
        continue;
      }
      for (ClosedLoop.Result d : results) {
        if (d.scenario().equals("create")
            && d.target().equals("direct")
            && d.concurrency() == g.concurrency()) {
          text.append(
              String.format(
                  "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n",
                  g.target(),
                  g.concurrency(),
                  g.perSecond() / d.perSecond(),
                  g.p99(),
                  d.p99(),
                  g.p99() - d.p99()));
        }
      }
    }
    text.append("\nmemory and start-up: ").append(memory).append('\n');
    System.out.println();
    System.out.print(text);
    StringBuilder json = new StringBuilder("{\"results\":[");
    for (int i = 0; i < results.size(); i++) {
      json.append(i == 0 ? "" : ",").append(results.get(i).json());
    }
    json.append("],\"memory\":{");
    int i = 0;
    for (Map.Entry<String, String> m : memory.entrySet()) {
      json.append(i++ == 0 ? "" : ",")
          .append('"')
          .append(m.getKey())
          .append("\":")
          .append(m.getValue());
    }
    json.append("}}\n");
    Files.createDirectories(settings.out.toAbsolutePath().getParent());
    Files.writeString(settings.out, json);
    Files.writeString(Path.of(settings.out.toString().replaceAll("\\.json$", "") + ".md"), text);
    System.out.println("written: " + settings.out + " and its .md beside it");
  }

  /** The command line; {@code --quick} is a smoke run (c=1,2; 20 requests; 5 s at most). */
  record Settings(
      List<Integer> concurrency,
      long requests,
      double seconds,
      long warmup,
      List<String> dbs,
      Path out,
      Path sandboxJar,
      Path gatewayJar,
      String pgDatabase,
      List<String> jvmArgs) {

    static Settings parse(String[] args) {
      Map<String, String> given = new LinkedHashMap<>();
      boolean quick = false;
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--quick")) {
          quick = true;
        } else if (args[i].startsWith("--") && i + 1 < args.length) {
          given.put(args[i].substring(2), args[++i]);
        } else {
          throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
      return new Settings(
          Arrays.stream(given.getOrDefault("concurrency", quick ? "1,2" : "1,8,32").split(","))
              .map(Integer::parseInt)
              .toList(),
          Long.parseLong(given.getOrDefault("requests", quick ? "20" : "3000")),
          Double.parseDouble(given.getOrDefault("seconds", quick ? "5" : "8")),
          Long.parseLong(given.getOrDefault("warmup", quick ? "5" : "300")),
          List.of(given.getOrDefault("db", "h2,pg").split(",")),
          Path.of(given.getOrDefault("out", "benchmarks/target/load-results.json")),
          given.containsKey("sandbox-jar")
              ? Path.of(given.get("sandbox-jar"))
              : standaloneJar(Path.of("provider-sandbox", "target")),
          Path.of(given.getOrDefault("gateway-jar", "bootstrap-micronaut/target/hpp-gateway.jar")),
          given.getOrDefault("pg-database", "hpp_bench"),
          given.containsKey("jvm-args") && !given.get("jvm-args").isBlank()
              ? List.of(given.get("jvm-args").trim().split("\\s+"))
              : List.of());
    }

    /** provider-sandbox's {@code *-standalone.jar} (the sandbox as its own JVM). */
    private static Path standaloneJar(Path dir) {
      try (var files = Files.list(dir)) {
        return files
            .filter(f -> f.getFileName().toString().endsWith("-standalone.jar"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no *-standalone.jar in " + dir));
      } catch (java.io.IOException e) {
        throw new IllegalStateException("cannot list " + dir + ": " + e.getMessage(), e);
      }
    }
  }
}
