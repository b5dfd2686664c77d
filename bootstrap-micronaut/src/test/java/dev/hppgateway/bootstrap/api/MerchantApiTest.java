package dev.hppgateway.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The merchant API over real HTTP: the service environment, H2 in memory, the in-process sandbox as
 * providers, the sandbox's demo merchant and a second merchant for tenant isolation.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MerchantApiTest implements TestPropertyProvider {
  private static final String KEY = BootstrapMerchant.SANDBOX_DEMO_KEY;
  private static final String OTHER_KEY = ApiKeys.generate();
  private final int port = freePort();
  private final HttpClient http = HttpClient.newHttpClient();

  @Inject MerchantRepository merchants;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(database());
    properties.put("micronaut.server.port", String.valueOf(port));
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("hpp.public-base-url", "http://127.0.0.1:" + port);
    properties.put("hpp.sandbox.enabled", "true");
    return properties;
  }

  /** The datasource settings: a private in-memory H2 here; PostgreSQL in the subclass. */
  Map<String, String> database() {
    return TestDatabases.h2("merchant-api");
  }

  static String kpBody(String reference, long amount) {
    return """
        {"provider":"klarna-kp","merchant_reference":"%s","purchase_country":"SE",
         "currency":"SEK","locale":"sv-SE","amount":%d,"tax_amount":2000,
         "order_lines":[{"type":"physical","name":"T-shirt","quantity":1,"unit_price":10000,
           "tax_rate":2500,"total_amount":10000,"total_tax_amount":2000}],
         "customer":{"email":"ann@example.com"},
         "merchant_urls":{"success":"https://shop.example/ok?sid={{session_id}}"}}
        """
        .formatted(reference, amount);
  }

  @Test
  void createsAKlarnaPageAndReadsItBack() throws Exception {
    HttpResponse<String> created = post(KEY, kpBody("order-create", 10000), null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body())
        .contains("\"provider\":\"klarna-kp\"")
        .contains("\"status\":\"WAITING\"")
        .contains("\"merchant_reference\":\"order-create\"")
        .contains("\"amount\":10000")
        .contains("\"redirect_url\":\"http://127.0.0.1:" + port + "/sandbox/klarna/")
        .contains("\"provider_references\":{");
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/v1/hpp-sessions/");
    String id = location.substring("/v1/hpp-sessions/".length());
    assertThat(created.body()).contains("\"id\":\"" + id + "\"");

    HttpResponse<String> read = get(KEY, location);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("\"id\":\"" + id + "\"").contains("\"status\":\"WAITING\"");
  }

  @Test
  void listsTheMerchantsPagesWithFiltersAndACursor() throws Exception {
    String reference = "order-list-" + UUID.randomUUID();
    assertThat(post(KEY, kpBody(reference, 10000), null).statusCode()).isEqualTo(201);
    assertThat(post(KEY, kpBody(reference, 10000), null).statusCode()).isEqualTo(201);

    HttpResponse<String> first =
        get(KEY, "/v1/hpp-sessions?limit=1&provider=klarna-kp&merchant_reference=" + reference);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.body()).contains("\"has_more\":true").contains(reference);
    String lastId = first.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
    HttpResponse<String> second =
        get(
            KEY,
            "/v1/hpp-sessions?limit=1&status=waiting&merchant_reference="
                + reference
                + "&starting_after="
                + lastId);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).contains("\"has_more\":false").doesNotContain(lastId);

    HttpResponse<String> badLimit = get(KEY, "/v1/hpp-sessions?limit=101");
    assertThat(badLimit.statusCode()).isEqualTo(400);
    assertThat(badLimit.body()).contains("\"field\":\"limit\"");
  }

  @Test
  void listsPagesCreatedWithinAWindowAndPagesThroughIt() throws Exception {
    String reference = "order-window-" + UUID.randomUUID();
    Instant before = Instant.now().minusSeconds(1);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> created = post(KEY, kpBody(reference, 10000), null);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      ids.add(idOf(created.body()));
    }
    Instant after = Instant.now().plusSeconds(1);
    String filter = "/v1/hpp-sessions?merchant_reference=" + reference;

    HttpResponse<String> first =
        get(KEY, filter + "&limit=2&created[gte]=" + before + "&created[lt]=" + after);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.body()).contains("\"has_more\":true");
    String lastId = first.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
    HttpResponse<String> second =
        get(
            KEY,
            filter
                + "&limit=2&created%5Bgte%5D="
                + before
                + "&created%5Blt%5D="
                + after
                + "&starting_after="
                + lastId);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    assertThat(second.body()).contains("\"has_more\":false");
    assertThat(first.body() + second.body()).contains(ids.get(0), ids.get(1), ids.get(2));

    HttpResponse<String> future = get(KEY, filter + "&created[gte]=" + after);
    assertThat(future.statusCode()).isEqualTo(200);
    assertThat(future.body()).doesNotContain(reference);
    HttpResponse<String> past = get(KEY, filter + "&created[lt]=" + before);
    assertThat(past.body()).doesNotContain(reference);
    // An offset other than Z, its plus sign percent-encoded, names the same instant.
    String plusTwo = before.atOffset(ZoneOffset.ofHours(2)).toString().replace("+", "%2B");
    HttpResponse<String> offset = get(KEY, filter + "&created[gte]=" + plusTwo);
    assertThat(offset.statusCode()).as(offset.body()).isEqualTo(200);
    assertThat(offset.body()).contains(ids.get(0), ids.get(1), ids.get(2));
  }

  @Test
  void aBadCreationFilterIs400NamingIt() throws Exception {
    for (String query :
        new String[] {
          "created[gte]=yesterday",
          "created[gte]=2026-11-23T12:00:00",
          "created[gte]=2026-11-23",
          "created[gte]=2026-11-23T12:00:00Z&created[lt]=2026-11-23T12:00:00Z",
          "created[gte]=2026-11-23T12:00:01Z&created[lt]=2026-11-23T12:00:00Z"
        }) {
      HttpResponse<String> response = get(KEY, "/v1/hpp-sessions?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(response.body()).as(query).contains("\"field\":\"created[gte]\"");
    }
    HttpResponse<String> badUpper = get(KEY, "/v1/hpp-sessions?created[lt]=soon");
    assertThat(badUpper.statusCode()).isEqualTo(400);
    assertThat(badUpper.body()).contains("\"field\":\"created[lt]\"");
  }

  @Test
  void opttyPageOptionsAreTakenAndMistypedOnesAre400NamingTheOption() throws Exception {
    HttpResponse<String> created =
        post(
            KEY,
            opttyBody(
                "{\"enable_tipping\":true,\"hide_tax\":true,\"email_customer\":false,"
                    + "\"account_code\":\"SHOP-9\"}"),
            null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"provider\":\"optty-direct\"");

    HttpResponse<String> mistyped = post(KEY, opttyBody("{\"enable_tipping\":\"yes\"}"), null);
    assertThat(mistyped.statusCode()).as(mistyped.body()).isEqualTo(400);
    assertThat(mistyped.body()).contains("\"field\":\"options.enable_tipping\"");
    HttpResponse<String> unknown = post(KEY, opttyBody("{\"tipping\":true}"), null);
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"options.tipping\"");
  }

  private static String opttyBody(String options) {
    return """
        {"provider":"optty-direct","merchant_reference":"order-optty-options",
         "purchase_country":"SE","currency":"SEK","locale":"sv-SE","amount":10000,
         "tax_amount":2000,
         "order_lines":[{"type":"physical","name":"T-shirt","quantity":1,"unit_price":10000,
           "tax_rate":2500,"total_amount":10000,"total_tax_amount":2000}],
         "customer":{"email":"ann@example.com","phone":"+46701234567"},"options":%s}
        """
        .formatted(options);
  }

  @Test
  void creationFiltersAreReadWithRawBracketsToo() throws Exception {
    // java.net.URI refuses '[' in a query; curl -g and browsers send it as is.
    String future = Instant.now().plusSeconds(3600).toString();
    String answer = rawGet("/v1/hpp-sessions?created[gte]=" + future);
    assertThat(answer).startsWith("HTTP/1.1 200").contains("\"data\":[]");
    String bad = rawGet("/v1/hpp-sessions?created[lt]=tomorrow");
    assertThat(bad).startsWith("HTTP/1.1 400").contains("\"field\":\"created[lt]\"");
  }

  private String rawGet(String pathAndQuery) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      String request =
          "GET "
              + pathAndQuery
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
              + KEY
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static String idOf(String body) {
    return body.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void withoutOrWithAWrongKeyIs401WithWwwAuthenticate() throws Exception {
    for (String key : new String[] {null, "hppk_" + "x".repeat(32), "not-a-key"}) {
      HttpResponse<String> response = get(key, "/v1/hpp-sessions");
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
          .startsWith("Bearer");
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(response.body()).contains("\"status\":401").contains("\"title\":\"Unauthorized\"");
    }
    assertThat(post(null, kpBody("order-401", 10000), null).statusCode()).isEqualTo(401);
  }

  @Test
  void aBadAmountIs400NamingTheField() throws Exception {
    HttpResponse<String> response = post(KEY, kpBody("order-bad", 0), null);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(response.body())
        .contains("\"status\":400")
        .contains("\"field\":\"amount\"")
        .contains("\"type\":\"" + Problems.TYPE_BASE + "validation\"");

    HttpResponse<String> line =
        post(
            KEY, kpBody("order-bad-line", 10000).replace("\"quantity\":1", "\"quantity\":0"), null);
    assertThat(line.statusCode()).isEqualTo(400);
    assertThat(line.body()).contains("\"field\":\"order_lines[0].quantity\"");

    HttpResponse<String> provider =
        post(KEY, kpBody("order-bad-provider", 10000).replace("klarna-kp", "nope-pay"), null);
    assertThat(provider.statusCode()).isEqualTo(400);
    assertThat(provider.body()).contains("\"field\":\"provider\"");
  }

  /** Each money or quantity field: its JSON text in {@link #kpBody} and its path in errors[]. */
  private static final String[][] NUMBER_FIELDS = {
    {"\"amount\":10000,", "amount"},
    {"\"tax_amount\":2000,", "tax_amount"},
    {"\"quantity\":1,", "order_lines[0].quantity"},
    {"\"unit_price\":10000,", "order_lines[0].unit_price"},
    {"\"tax_rate\":2500,", "order_lines[0].tax_rate"},
    {"\"total_amount\":10000,", "order_lines[0].total_amount"},
    {"\"total_tax_amount\":2000}", "order_lines[0].total_tax_amount"}
  };

  @Test
  void moneyAndQuantityFieldsTakeOnlyAJsonWholeNumberThatFits() throws Exception {
    String reference = "order-strict-" + UUID.randomUUID();
    String body = kpBody(reference, 10000);
    for (String[] field : NUMBER_FIELDS) {
      assertThat(body).as(field[0]).containsOnlyOnce(field[0]);
      String name = field[0].substring(0, field[0].indexOf(':') + 1);
      String end = field[0].substring(field[0].length() - 1);
      List<String> refused =
          new ArrayList<>(
              List.of(
                  "\"500\"",
                  "500.5",
                  "500.0",
                  "[500]",
                  "true",
                  "{}",
                  "1e3",
                  "9223372036854775808",
                  "-9223372036854775809"));
      if (field[1].endsWith("tax_rate")) {
        refused.add("2147483648");
      }
      for (String value : refused) {
        String bad = body.replace(field[0], name + value + end);
        HttpResponse<String> response = post(KEY, bad, null);
        String what = field[1] + "=" + value + ": " + response.body();
        assertThat(response.statusCode()).as(what).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
            .startsWith("application/problem+json");
        assertThat(response.body())
            .as(what)
            .contains("\"type\":\"" + Problems.TYPE_BASE + "validation\"")
            .contains("\"field\":\"" + field[1] + "\"")
            .contains(WholeNumber.NOT_A_WHOLE_NUMBER)
            .doesNotContain("java.")
            .doesNotContain("Exception");
      }
      // A negative whole number is read, and the domain's own check answers it.
      HttpResponse<String> negative = post(KEY, body.replace(field[0], name + "-1" + end), null);
      assertThat(negative.statusCode()).as(field[1] + "=-1: " + negative.body()).isEqualTo(400);
      assertThat(negative.body())
          .as(field[1] + "=-1")
          .contains("\"type\":\"" + Problems.TYPE_BASE + "validation\"")
          .doesNotContain(WholeNumber.NOT_A_WHOLE_NUMBER);
    }
    // total_discount_amount is optional, and just as strict when sent
    for (String value : List.of("\"0\"", "0.5", "[0]", "false", "{}", "1e0")) {
      String bad =
          body.replace(
              "\"total_tax_amount\":2000}",
              "\"total_tax_amount\":2000,\"total_discount_amount\":" + value + "}");
      HttpResponse<String> response = post(KEY, bad, null);
      assertThat(response.statusCode()).as(value + ": " + response.body()).isEqualTo(400);
      assertThat(response.body())
          .as(value)
          .contains("\"field\":\"order_lines[0].total_discount_amount\"")
          .contains(WholeNumber.NOT_A_WHOLE_NUMBER);
    }
    assertThat(get(KEY, "/v1/hpp-sessions?merchant_reference=" + reference).body())
        .as("nothing created by a refused request")
        .contains("\"data\":[]");
  }

  @Test
  void negativeAmountsAreAnsweredByTheDomainNamingTheField() throws Exception {
    for (String[] field : NUMBER_FIELDS) {
      String name = field[0].substring(0, field[0].indexOf(':') + 1);
      String end = field[0].substring(field[0].length() - 1);
      HttpResponse<String> negative =
          post(KEY, kpBody("order-negative", 10000).replace(field[0], name + "-1" + end), null);
      assertThat(negative.statusCode()).as(field[1] + ": " + negative.body()).isEqualTo(400);
      assertThat(negative.body()).contains("\"field\":\"" + field[1] + "\"");
    }
  }

  @Test
  void wholeNumbersZeroAndNullStillWork() throws Exception {
    String reference = "order-whole-" + UUID.randomUUID();
    String body =
        """
        {"provider":"klarna-kp","merchant_reference":"%s","purchase_country":"SE",
         "currency":"SEK","locale":"sv-SE","amount":500,"tax_amount":0,
         "order_lines":[{"type":"physical","name":"Sticker","quantity":1,"unit_price":500,
           "tax_rate":0,"total_amount":500,"total_tax_amount":0,"total_discount_amount":null}],
         "merchant_urls":{"success":"https://shop.example/ok"}}
        """
            .formatted(reference);
    HttpResponse<String> created = post(KEY, body, null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"amount\":500").contains("\"tax_amount\":0");

    // null is absent: an optional field takes its default, a required one is required.
    HttpResponse<String> noTaxRate =
        post(KEY, body.replace("\"tax_rate\":0", "\"tax_rate\":null"), null);
    assertThat(noTaxRate.statusCode()).as(noTaxRate.body()).isEqualTo(201);
    HttpResponse<String> noAmount =
        post(KEY, body.replace("\"amount\":500", "\"amount\":null"), null);
    assertThat(noAmount.statusCode()).as(noAmount.body()).isEqualTo(400);
    assertThat(noAmount.body()).contains("\"field\":\"amount\"").contains("is required");
  }

  @Test
  void malformedJsonAndWrongTypesAre400ProblemsWithoutInternals() throws Exception {
    for (String body :
        new String[] {
          "{\"provider\": ", kpBody("order-type", 10000).replace("10000,", "\"ten\",")
        }) {
      HttpResponse<String> response = post(KEY, body, null);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(response.body())
          .contains("\"status\":400")
          .doesNotContain("java.")
          .doesNotContain("Exception")
          .doesNotContain("micronaut");
    }
  }

  @Test
  void anotherMerchantsPageIs404AndNotListed() throws Exception {
    merchants.save(
        new Merchant(
            MerchantId.of("other-merchant"), "Other", ApiKeys.hash(OTHER_KEY), null, null, null));
    HttpResponse<String> created = post(KEY, kpBody("order-private", 10000), null);
    String location = created.headers().firstValue("Location").orElseThrow();

    HttpResponse<String> read = get(OTHER_KEY, location);
    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(read.body()).contains("\"status\":404").doesNotContain("order-private");
    assertThat(get(OTHER_KEY, "/v1/hpp-sessions").body()).doesNotContain("order-private");
    assertThat(get(KEY, "/v1/hpp-sessions/hpp_unknown").statusCode()).isEqualTo(404);
  }

  @Test
  void theSameIdempotencyKeyReplaysAndAnotherBodyIs422() throws Exception {
    String key = "idem-" + UUID.randomUUID();
    HttpResponse<String> first = post(KEY, kpBody("order-idem", 10000), key);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();

    HttpResponse<String> replay = post(KEY, kpBody("order-idem", 10000), key);
    assertThat(replay.statusCode()).isEqualTo(201);
    assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(replay.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));

    HttpResponse<String> other = post(KEY, kpBody("order-idem-other", 10000), key);
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.body()).contains("\"status\":422");
  }

  private HttpResponse<String> post(String apiKey, String body, String idempotencyKey)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/hpp-sessions"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String apiKey, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + port + path.replace("[", "%5B").replace("]", "%5D")))
            .GET();
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
