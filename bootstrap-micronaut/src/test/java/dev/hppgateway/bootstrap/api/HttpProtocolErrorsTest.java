package dev.hppgateway.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.Application;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTTP-level errors of the merchant API, as a client meets them: a wrong method is 405 with
 * {@code Allow}, a body that is not JSON by its content type is 415, a route that does not exist is
 * 404; each an RFC 9457 problem with no class name or stack trace, and nothing created.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpProtocolErrorsTest implements TestPropertyProvider {
  private static final String KEY = BootstrapMerchant.SANDBOX_DEMO_KEY;
  private final int port = freePort();
  private final HttpClient http = HttpClient.newHttpClient();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabases.h2("http-protocol-errors"));
    properties.put("micronaut.server.port", String.valueOf(port));
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("hpp.public-base-url", "http://127.0.0.1:" + port);
    properties.put("hpp.sandbox.enabled", "true");
    return properties;
  }

  @Test
  void aWrongMethodIsA405ProblemNamingTheAllowedOnes() throws Exception {
    HttpResponse<String> answer =
        send(request("/v1/hpp-sessions").method("PUT", HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(405);
    assertProblem(answer, 405);
    assertThat(answer.headers().firstValue("Allow").orElse(""))
        .contains("GET")
        .contains("POST")
        .doesNotContain("PUT");
  }

  @Test
  void aBodyThatIsNotJsonByItsContentTypeIsA415ProblemAndCreatesNothing() throws Exception {
    HttpResponse<String> answer =
        send(
            request("/v1/hpp-sessions")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("provider=klarna-kp")));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
    assertProblem(answer, 415);
    HttpResponse<String> list = send(request("/v1/hpp-sessions").GET());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"data\":[]");
  }

  @Test
  void anUnknownRouteIsA404Problem() throws Exception {
    HttpResponse<String> answer = send(request("/v1/no-such-thing").GET());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
    assertProblem(answer, 404);
  }

  private static void assertProblem(HttpResponse<String> answer, int status) {
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(answer.body())
        .contains("\"status\":" + status)
        .contains("\"type\":")
        .contains("\"title\":")
        .doesNotContain("Exception")
        .doesNotContain("io.micronaut")
        .doesNotContain("\tat ");
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Bearer " + KEY);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
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
