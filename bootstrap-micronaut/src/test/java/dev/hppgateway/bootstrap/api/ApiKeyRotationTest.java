package dev.hppgateway.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.cli.MerchantsCli;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * API keys rotated by the operator's {@code merchants} commands while the service runs on the same
 * database: after a rotation both the current and the previous key authenticate, after the previous
 * one is retired (or rotated out) it is a 401, as is a key that never existed.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeyRotationTest implements TestPropertyProvider {
  private static final String DATABASE =
      "jdbc:h2:mem:key-rotation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  private static final Pattern KEY = Pattern.compile("API key: (hppk_\\S+)");
  private final int port = freePort();
  private final HttpClient http = HttpClient.newHttpClient();

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "micronaut.server.port",
        String.valueOf(port),
        "micronaut.server.host",
        "127.0.0.1",
        "hpp.public-base-url",
        "http://127.0.0.1:" + port,
        "hpp.sandbox.enabled",
        "true",
        "datasources.default.url",
        DATABASE);
  }

  @Test
  void theCurrentAndThePreviousKeyWorkUntilThePreviousIsRetired() throws Exception {
    String first = newKey("add", "--id", "rotating-shop", "--name", "Rotating Shop");
    assertThat(status(first)).isEqualTo(200);

    String second = newKey("rotate-key", "--id", "rotating-shop");
    assertThat(status(second)).as("current").isEqualTo(200);
    assertThat(status(first)).as("previous").isEqualTo(200);
    assertThat(status(ApiKeys.generate())).as("never issued").isEqualTo(401);

    assertThat(cli("retire-previous-key", "--id", "rotating-shop")).contains("Retired");
    assertThat(status(first)).as("retired").isEqualTo(401);
    assertThat(status(second)).as("current").isEqualTo(200);
  }

  @Test
  void aSecondRotationEndsTheOldestKey() throws Exception {
    String first = newKey("add", "--id", "twice-rotated", "--name", "Twice");
    String second = newKey("rotate-key", "--id", "twice-rotated");

    String third = newKey("rotate-key", "--id", "twice-rotated");

    assertThat(status(first)).isEqualTo(401);
    assertThat(status(second)).isEqualTo(200);
    assertThat(status(third)).isEqualTo(200);
  }

  @Test
  void aRotationWithRetirePreviousEndsTheOldKeyAtOnce() throws Exception {
    String first = newKey("add", "--id", "leaked-key-shop", "--name", "Leaked");

    String second = newKey("rotate-key", "--id", "leaked-key-shop", "--retire-previous");

    assertThat(status(first)).isEqualTo(401);
    assertThat(status(second)).isEqualTo(200);
  }

  private String newKey(String... words) {
    Matcher matcher = KEY.matcher(cli(words));
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  /** Runs a {@code merchants} command on the service's database; its standard output. */
  private static String cli(String... words) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = new String[words.length + 1];
    args[0] = MerchantsCli.COMMAND;
    System.arraycopy(words, 0, args, 1, words.length);
    int code =
        MerchantsCli.run(
            args,
            Application.ENVIRONMENT,
            Map.of("datasources.default.url", DATABASE),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private int status(String apiKey) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/hpp-sessions"))
            .header("Authorization", "Bearer " + apiKey)
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
