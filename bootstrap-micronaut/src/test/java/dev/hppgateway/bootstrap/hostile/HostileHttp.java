package dev.hppgateway.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.SandboxServiceProperties;
import dev.hppgateway.bootstrap.api.BootstrapMerchant;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP on loopback to the service in sandbox mode, for hostile bodies: the body goes out as
 * raw bytes (so invalid UTF-8 and lone surrogates reach the server as sent), every call has a
 * bounded timeout (a hang fails the test as an {@link java.net.http.HttpTimeoutException}), and
 * {@link #assertProblemOr201} is the one verdict every hostile request must pass.
 */
final class HostileHttp {
  static final String KEY = BootstrapMerchant.SANDBOX_DEMO_KEY;
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  HostileHttp(int port) {
    this.port = port;
  }

  /** The service settings of a test: sandbox mode on {@code port}, a private in-memory H2. */
  static Map<String, String> serviceProperties(int port, String database) {
    Map<String, String> properties = SandboxServiceProperties.of(port, database);
    // nothing in the background: these tests only send requests
    properties.put("hpp.sweep.enabled", "false");
    properties.put("hpp.webhooks.delivery.enabled", "false");
    return properties;
  }

  /** Starts the service (for jqwik classes, which get no {@code @MicronautTest} injection). */
  static EmbeddedServer start(int port, String database) {
    return ApplicationContext.run(
        EmbeddedServer.class,
        new HashMap<String, Object>(serviceProperties(port, database)),
        Application.ENVIRONMENT);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> create(String body) throws IOException, InterruptedException {
    return create(body.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> create(byte[] body) throws IOException, InterruptedException {
    return http.send(
        request("/v1/hpp-sessions")
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + KEY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> read(String id) throws IOException, InterruptedException {
    return http.send(
        request("/v1/hpp-sessions/" + id).header("Authorization", "Bearer " + KEY).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> list(String merchantReference) throws IOException, InterruptedException {
    return http.send(
        request(
                "/v1/hpp-sessions?limit=100&merchant_reference="
                    + URLEncoder.encode(merchantReference, StandardCharsets.UTF_8))
            .header("Authorization", "Bearer " + KEY)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A POST of raw bytes to any path of the service (callbacks), without a key. */
  HttpResponse<String> post(String rawPath, byte[] body, String contentType)
      throws IOException, InterruptedException {
    return http.send(
        request(rawPath)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A POST whose request line may be longer than the server reads (4 096 bytes), on a connection of
   * its own: the server refuses such a request with a 4xx and closes the connection (without saying
   * {@code Connection: close}, so a pooled connection would fail the next request), and when it
   * closes before the client has read the answer the client sees the connection end. Empty then; a
   * timeout (a hang) still fails as {@link java.net.http.HttpTimeoutException}.
   */
  java.util.Optional<HttpResponse<String>> postOrClosed(
      String rawPath, byte[] body, String contentType) throws InterruptedException, IOException {
    HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try {
      return java.util.Optional.of(
          own.send(
              request(rawPath)
                  .header("Content-Type", contentType)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    } catch (java.net.http.HttpTimeoutException hang) {
      throw hang;
    } catch (IOException closed) {
      return java.util.Optional.empty();
    }
  }

  /**
   * The verdict on a hostile create: a 201, or a 4xx {@code application/problem+json} without
   * internals whose validation errors name a field. Never a 5xx.
   */
  static void assertProblemOr201(HttpResponse<String> answer, String what) {
    int status = answer.statusCode();
    String body = answer.body();
    String as = what + " -> " + status + " " + abbreviate(body);
    assertThat(status).as(as).isLessThan(500);
    if (status == 201) {
      return;
    }
    assertThat(status).as(as).isBetween(400, 499);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .as(as)
        .startsWith("application/problem+json");
    assertThat(body)
        .as(as)
        .contains("\"status\":" + status)
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("\tat ");
    if (body.contains("/problems/validation\"")) {
      assertThat(body).as(as).containsPattern("\"errors\":\\[\\{\"field\":\"[^\"]+\"");
    }
  }

  static String idOf(String body) {
    Matcher id = ID.matcher(body);
    if (!id.find()) {
      throw new IllegalStateException("no id in " + abbreviate(body));
    }
    return id.group(1);
  }

  static String abbreviate(String text) {
    return text == null || text.length() <= 400 ? text : text.substring(0, 400) + "…";
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(CALL_TIMEOUT);
  }
}
