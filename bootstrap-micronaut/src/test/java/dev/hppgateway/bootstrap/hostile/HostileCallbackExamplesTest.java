package dev.hppgateway.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.Application;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, hostile callbacks, the named examples over real HTTP: JSON nested up to and past the
 * JSON reader's 1 000-level limit in the body of Optty's account-wide callback (the one URL whose
 * body reaches an adapter's parser without a page's secret) is a 400 or a 204; odd and over-long
 * paths are a 4xx (past the 4 096-byte request line the server may close the connection instead);
 * none is a 5xx or a hang, and the service still answers afterwards.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCallbackExamplesTest implements TestPropertyProvider {
  /** Registered in TestSecrets.FIXED, so SecretsNeverLoggedIT would find it in a log. */
  static final String OPTTY_CALLBACK_SECRET = "o-callback-secret";

  static final String ACCOUNT_PATH = "/callbacks/optty-direct/p/" + OPTTY_CALLBACK_SECRET;

  private final int port = HostileHttp.freePort();
  private final HostileHttp http = new HostileHttp(port);

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = HostileHttp.serviceProperties(port, "hostile-callbacks-ex");
    properties.put("hpp.providers.optty-direct.callback-secret", OPTTY_CALLBACK_SECRET);
    return properties;
  }

  @ParameterizedTest(name = "{0} deep")
  @ValueSource(ints = {200, 900, 995, 999, 1_000, 1_001, 5_000, 100_000})
  void aDeeplyNestedOpttyWebhookIsA400NeverA5xx(int depth) throws Exception {
    for (String body :
        new String[] {
          "{\"data\":" + HostileJson.nestedObjects(depth).json() + "}",
          "{\"id\":\"e\",\"data\":{\"initiator\":\"payment-link\",\"metadata\":"
              + HostileJson.nestedArrays(depth).json()
              + "}}",
          HostileJson.nestedArrays(depth).json()
        }) {
      HttpResponse<String> answer =
          http.post(ACCOUNT_PATH, body.getBytes(StandardCharsets.UTF_8), "application/json");

      assertThat(answer.statusCode()).as(HostileHttp.abbreviate(body)).isIn(204, 400);
    }
  }

  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {1_000, 4_000, 5_000, 9_000, 70_000})
  void anOverLongCallbackPathIsA4xxAndTheServiceStillAnswers(int length) throws Exception {
    String path = "/callbacks/klarna-kp/" + "x".repeat(length) + "/secret";

    Optional<HttpResponse<String>> answer =
        http.postOrClosed(path, new byte[] {'{', '}'}, "application/json");

    if (length < 4_000) {
      assertThat(answer).isPresent();
    }
    answer.ifPresent(a -> assertThat(a.statusCode()).as(a.body()).isBetween(400, 499));
    HttpResponse<String> next =
        http.post("/callbacks/klarna-kp/x/y", new byte[] {'{', '}'}, "application/json");
    assertThat(next.statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/callbacks/",
        "/callbacks//",
        "/callbacks/%00/x/y",
        "/callbacks/%ff/%fe/%fd",
        "/callbacks/klarna-kp/%2F/x",
        "/callbacks/klarna-kp/../../x",
        "/callbacks/klarna-kp/%2e%2e/x",
        "/callbacks/klarna-kp/m/%00/%00",
        "/callbacks/optty-direct/p/",
        "/callbacks/optty-direct/p/o-callback-secret/..",
        "/callbacks/kustom-kco/x/y/push?%ff=%fe&&=",
        "/callbacks/%7B%7Bsession_id%7D%7D/p/x",
        "/callbacks/o-callback-secret/kustom-kco/p//%3F%E7%AE%9E"
      })
  void anOddCallbackPathIsA4xxOr204AndTheServiceStillAnswers(String path) throws Exception {
    HttpResponse<String> answer = http.post(path, new byte[] {'{', '}'}, "application/json");

    assertThat(answer.statusCode()).as(path + " -> " + answer.body()).isBetween(200, 499);
    HttpResponse<String> next =
        http.post("/callbacks/klarna-kp/x/y", new byte[] {'{', '}'}, "application/json");
    assertThat(next.statusCode()).isEqualTo(404);
  }
}
