package dev.hppgateway.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merchant API as the API tests call it: real HTTP to the service on loopback with a merchant's
 * key, and the shopper's Pay on the sandbox page for the journeys that need a paid page.
 */
final class MerchantApiClient {
  private static final Pattern REDIRECT = Pattern.compile("\"redirect_url\":\"([^\"]+)\"");

  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  MerchantApiClient(int port) {
    this.port = port;
  }

  /** POSTs {@code body} (none when null) as JSON, with the key when not null. */
  HttpResponse<String> post(String apiKey, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .POST(
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String apiKey, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Creates a page (201 asserted) and returns its {@code Location}. */
  String create(String apiKey, String body) throws Exception {
    HttpResponse<String> created = post(apiKey, "/v1/hpp-sessions", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created.headers().firstValue("Location").orElseThrow();
  }

  /**
   * Creates the page, has the shopper press Pay on the sandbox page and waits (at most 10 s) until
   * the API reads it COMPLETED; returns its {@code Location}.
   */
  String createAndPay(String apiKey, String body) throws Exception {
    HttpResponse<String> created = post(apiKey, "/v1/hpp-sessions", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher redirect = REDIRECT.matcher(created.body());
    assertThat(redirect.find()).isTrue();
    HttpResponse<Void> paid =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(redirect.group(1) + "/pay"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(paid.statusCode()).isEqualTo(303);
    String page = created.headers().firstValue("Location").orElseThrow();
    Instant deadline = Instant.now().plusSeconds(10);
    while (!get(apiKey, page).body().contains("\"status\":\"COMPLETED\"")
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    assertThat(get(apiKey, page).body()).contains("\"status\":\"COMPLETED\"");
    return page;
  }

  /** An RFC 9457 problem of {@code status} that names no Java class. */
  static void assertProblem(HttpResponse<String> answer, int status) {
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(answer.body())
        .contains("\"status\":" + status)
        .doesNotContain("java.")
        .doesNotContain("Exception");
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
