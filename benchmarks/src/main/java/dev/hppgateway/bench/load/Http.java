package dev.hppgateway.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The driver's one HTTP/1.1 client (built once, shared by every worker) and its few calls. */
final class Http {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** POSTs JSON; the answer's body when its status is {@code expected}, an exception otherwise. */
  String post(String url, String authorization, String json, int expected)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return expect(client.send(request.build(), HttpResponse.BodyHandlers.ofString()), expected);
  }

  String get(String url, String authorization, int expected)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return expect(client.send(request.build(), HttpResponse.BodyHandlers.ofString()), expected);
  }

  /** The status of a GET, or -1 when nothing answers. */
  int status(String url) {
    try {
      return client
          .send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String expect(HttpResponse<String> response, int expected) {
    if (response.statusCode() != expected) {
      String body = response.body() == null ? "" : response.body();
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri().getPath()
              + ": HTTP "
              + response.statusCode()
              + " "
              + body.substring(0, Math.min(200, body.length())));
    }
    return response.body();
  }

  /** The first string value of {@code field} in a JSON answer (flat regex; the driver's only). */
  static String field(String json, Pattern field) {
    Matcher matcher = field.matcher(json);
    if (!matcher.find()) {
      throw new IllegalStateException("no " + field.pattern() + " in " + json);
    }
    return matcher.group(1);
  }

  static Pattern stringField(String name) {
    return Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]+)\"");
  }
}
