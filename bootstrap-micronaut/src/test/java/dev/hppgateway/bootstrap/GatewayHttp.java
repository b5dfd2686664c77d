package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merchant API and the sandbox's shopper page over real HTTP on loopback, for the tests that
 * run the service jar as a process: every call has a bounded timeout, redirects are not followed.
 * Reads the flat JSON objects of the answers with patterns (no JSON library on this classpath).
 */
public final class GatewayHttp {
  private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
  private static final Pattern FIELD =
      Pattern.compile("\"([a-z_]+)\":(\"((?:[^\"\\\\]|\\\\.)*)\"|-?[0-9]+|true|false|null)");

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String apiKey;

  /**
   * @param apiKey the merchant's API key for the {@code /v1} calls
   */
  public GatewayHttp(String apiKey) {
    this.apiKey = apiKey;
  }

  /** The body of a Klarna KP page of {@code amount} minor units, expiring at {@code expiresAt}. */
  public static String kpPage(String reference, long amount, Instant expiresAt) {
    return """
        {"provider":"klarna-kp","merchant_reference":"%s","purchase_country":"SE",
         "currency":"SEK","locale":"sv-SE","amount":%d,"tax_amount":0,
         "order_lines":[{"type":"physical","name":"T-shirt","quantity":1,"unit_price":%d,
           "tax_rate":0,"total_amount":%d,"total_tax_amount":0}],
         "customer":{"email":"ann@example.com"},
         "merchant_urls":{"success":"https://shop.example/ok?sid={{session_id}}"},
         "expires_at":"%s"}
        """
        .formatted(reference, amount, amount, amount, expiresAt);
  }

  /** POST /v1/hpp-sessions. */
  public HttpResponse<String> create(String base, String json) throws Exception {
    return send(base + "/v1/hpp-sessions", "POST", json);
  }

  /** GET /v1/hpp-sessions/{id}. */
  public HttpResponse<String> get(String base, String id) throws Exception {
    return send(base + "/v1/hpp-sessions/" + id, "GET", null);
  }

  /** The page's timeline, {@code GET /v1/hpp-sessions/{id}/events}: one field map per entry. */
  public List<Map<String, String>> timeline(String base, String id) throws Exception {
    HttpResponse<String> answer = send(base + "/v1/hpp-sessions/" + id + "/events", "GET", null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return objects(answer.body());
  }

  /** Every webhook event of the merchant ({@code GET /v1/webhook-events}, all pages). */
  public List<Map<String, String>> webhookEvents(String base) throws Exception {
    List<Map<String, String>> all = new ArrayList<>();
    String after = null;
    for (int pages = 0; pages < 1000; pages++) {
      HttpResponse<String> answer =
          send(
              base
                  + "/v1/webhook-events?limit=100"
                  + (after == null ? "" : "&starting_after=" + after),
              "GET",
              null);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      List<Map<String, String>> page = objects(answer.body());
      all.addAll(page);
      if (!answer.body().contains("\"has_more\":true") || page.isEmpty()) {
        return all;
      }
      after = page.get(page.size() - 1).get("id");
    }
    throw new AssertionError("more than 1000 pages of webhook events");
  }

  /**
   * The shopper opens the sandbox's page and pays: the answer to {@code POST <redirect>/pay} (303
   * when paid).
   */
  public int pay(String redirectUrl) throws Exception {
    HttpResponse<String> opened =
        http.send(
            HttpRequest.newBuilder(URI.create(redirectUrl))
                .timeout(Duration.ofSeconds(15))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (opened.statusCode() != 200) {
      return opened.statusCode();
    }
    return http.send(
            HttpRequest.newBuilder(URI.create(redirectUrl + "/pay"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  /**
   * Waits (bounded) until every event {@code GET /v1/webhook-events} lists is delivered and
   * received by {@code receiver}; returns the list, or fails naming the events not delivered.
   */
  public List<Map<String, String>> awaitDelivered(
      String base, WebhookReceiver receiver, Duration limit) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    List<Map<String, String>> events = List.of();
    while (Instant.now().isBefore(deadline)) {
      events = webhookEvents(base);
      Set<String> received = receiver.distinctIds();
      if (events.stream()
          .allMatch(
              e ->
                  "delivered".equals(e.get("delivery_status")) && received.contains(e.get("id")))) {
        return events;
      }
      Thread.sleep(250);
    }
    Set<String> received = receiver.distinctIds();
    List<Map<String, String>> stuck =
        events.stream()
            .filter(
                e ->
                    !"delivered".equals(e.get("delivery_status"))
                        || !received.contains(e.get("id")))
            .toList();
    throw new AssertionError(
        "not every event delivered and received in "
            + limit
            + ": "
            + stuck.size()
            + " of "
            + events.size()
            + " not: "
            + stuck);
  }

  /** The fields (strings unquoted, other values as written) of the first object of an answer. */
  public static Map<String, String> fields(String json) {
    Map<String, String> fields = new HashMap<>();
    Matcher matcher = FIELD.matcher(json);
    while (matcher.find()) {
      fields.putIfAbsent(
          matcher.group(1), matcher.group(3) != null ? matcher.group(3) : matcher.group(2));
    }
    return fields;
  }

  /** The field maps of the flat objects in an answer (the entries of its {@code data}). */
  static List<Map<String, String>> objects(String json) {
    List<Map<String, String>> found = new ArrayList<>();
    Matcher matcher = OBJECT.matcher(json);
    while (matcher.find()) {
      found.add(fields(matcher.group()));
    }
    return found;
  }

  private HttpResponse<String> send(String url, String method, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(15))
            .header("Authorization", "Bearer " + apiKey)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
