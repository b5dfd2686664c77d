package dev.hppgateway.bootstrap.reliability;

import dev.hppgateway.bootstrap.SandboxServiceProperties;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP on loopback to the service in sandbox mode: the merchant API with a key and an
 * Idempotency-Key, and the in-process sandbox's admin API (faults, session counts). Every call has
 * a bounded timeout.
 */
final class ReliabilityHttp {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ReliabilityHttp(int port) {
    this.port = port;
  }

  /** The service settings of a test: sandbox mode on {@code port}, a private in-memory H2. */
  static Map<String, String> serviceProperties(int port, String database) {
    Map<String, String> properties = SandboxServiceProperties.of(port, database);
    return properties;
  }

  /**
   * {@link #serviceProperties} on PostgreSQL: the datasource settings given (a schema of the test's
   * own) replace the H2 URL.
   */
  static Map<String, String> serviceProperties(int port, Map<String, String> datasource) {
    Map<String, String> properties = serviceProperties(port, "unused");
    properties.putAll(datasource);
    return properties;
  }

  static String kpBody(String reference) {
    return """
        {"provider":"klarna-kp","merchant_reference":"%s","purchase_country":"SE",
         "currency":"SEK","locale":"sv-SE","amount":10000,"tax_amount":2000,
         "order_lines":[{"type":"physical","name":"T-shirt","quantity":1,"unit_price":10000,
           "tax_rate":2500,"total_amount":10000,"total_tax_amount":2000}],
         "customer":{"email":"ann@example.com"},
         "merchant_urls":{"success":"https://shop.example/ok?sid={{session_id}}"}}
        """
        .formatted(reference);
  }

  HttpResponse<String> create(String apiKey, String body, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        request("/v1/hpp-sessions")
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + apiKey)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The merchant's list filtered by merchant reference (200 expected, body returned). */
  HttpResponse<String> list(String apiKey, String reference)
      throws IOException, InterruptedException {
    return http.send(
        request("/v1/hpp-sessions?limit=100&merchant_reference=" + encode(reference))
            .header("Authorization", "Bearer " + apiKey)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Replaces the sandbox's Klarna fault profile (omitted fields off); returns the status. */
  int klarnaFaults(String json) throws IOException, InterruptedException {
    return http.send(
            request("/sandbox/admin/faults/klarna")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  /** Back to the configured (fault-free) profiles; returns the status. */
  int resetFaults() throws IOException, InterruptedException {
    return http.send(
            request("/sandbox/admin/faults").DELETE().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** How many KP payment sessions the sandbox created for {@code reference}. */
  long kpSessionCount(String reference) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            request(
                    "/sandbox/admin/klarna/payment-sessions/count?merchant_reference1="
                        + encode(reference))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(answer.statusCode() + " " + answer.body());
    }
    Matcher count = Pattern.compile("\"count\":(\\d+)").matcher(answer.body());
    if (!count.find()) {
      throw new IllegalStateException(answer.body());
    }
    return Long.parseLong(count.group(1));
  }

  /** A page of {@code provider} ({@code klarna-kp}, {@code kustom-kco}, {@code optty-direct}). */
  static String pageBody(String provider, String reference, java.time.Instant expiresAt) {
    String expiry = expiresAt == null ? "" : ",\"expires_at\":\"" + expiresAt + "\"";
    String urls =
        provider.equals("optty-direct")
            ? ""
            : ",\"merchant_urls\":{\"success\":\"https://shop.example/ok?sid={{session_id}}\"}";
    return """
        {"provider":"%s","merchant_reference":"%s","purchase_country":"SE",
         "currency":"SEK","locale":"sv-SE","amount":10000,"tax_amount":2000,
         "order_lines":[{"type":"physical","name":"T-shirt","quantity":1,"unit_price":10000,
           "tax_rate":2500,"total_amount":10000,"total_tax_amount":2000}],
         "customer":{"email":"ann@example.com","phone":"+46701234567","phone_country":"SE"}%s%s}
        """
        .formatted(provider, reference, urls, expiry);
  }

  /** GET of a merchant API path with the key (status and body returned). */
  HttpResponse<String> get(String apiKey, String path) throws IOException, InterruptedException {
    return http.send(
        request(path).header("Authorization", "Bearer " + apiKey).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** POST of an empty body to a merchant API path with the key. */
  HttpResponse<String> post(String apiKey, String path) throws IOException, InterruptedException {
    return http.send(
        request(path)
            .header("Authorization", "Bearer " + apiKey)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The shopper opens the sandbox page (the provider marks it in progress); returns the status. */
  int openPage(String redirectUrl) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(redirectUrl)).timeout(CALL_TIMEOUT).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /**
   * The shopper presses a button of the sandbox page ({@code pay}, {@code cancel}, …), as the
   * browser's form post; returns the status (303 expected, the redirect is not followed).
   */
  int press(String redirectUrl, String button) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(redirectUrl + "/" + button))
                .timeout(CALL_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /**
   * Replaces a sandbox provider's fault profile ({@code klarna}, {@code kustom}, {@code optty}).
   */
  int faults(String provider, String json) throws IOException, InterruptedException {
    return http.send(
            request("/sandbox/admin/faults/" + provider)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  /** The first {@code "id"} of a JSON body. */
  static String idOf(String body) {
    Matcher id = ID.matcher(body);
    if (!id.find()) {
      throw new IllegalStateException("no id in " + body);
    }
    return id.group(1);
  }

  /** How many pages with {@code reference} a list body holds. */
  static int pagesWith(String listBody, String reference) {
    Matcher matcher =
        Pattern.compile(Pattern.quote("\"merchant_reference\":\"" + reference + "\""))
            .matcher(listBody);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(CALL_TIMEOUT);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
