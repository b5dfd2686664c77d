package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hppgateway.bootstrap.api.ApiKeys;
import dev.hppgateway.bootstrap.api.BootstrapMerchant;
import dev.hppgateway.bootstrap.ops.StartupSummary;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What the service says once it listens: its base URL on the port it bound, the API docs, and how
 * to call the merchant API. Every URL it prints answers, and the printed curl works as printed.
 */
class StartupSummaryTest {
  private static final Pattern CURL =
      Pattern.compile("curl -H 'Authorization: Bearer ([^']+)' (http://\\S+/v1/hpp-sessions)$");

  private final HttpClient http = HttpClient.newHttpClient();
  private final Logger logger = (Logger) LoggerFactory.getLogger(StartupSummary.class);
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();

  private Level level;

  /** The tests' logback configuration logs WARN and above; these lines are INFO. */
  @BeforeEach
  void listen() {
    level = logger.getLevel();
    logger.setLevel(Level.INFO);
    events.start();
    logger.addAppender(events);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(events);
    logger.setLevel(level);
  }

  @Test
  void sandboxModePrintsTheBaseUrlTheDocsAndACurlWithTheDemoKeyThatWork() throws Exception {
    int port = freePort();
    Map<String, Object> properties = new HashMap<>();
    properties.put(
        "datasources.default.url",
        "jdbc:h2:mem:startup-summary;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("micronaut.server.port", port);
    try (EmbeddedServer server =
        ApplicationContext.run(EmbeddedServer.class, properties, Application.ENVIRONMENT)) {
      String base = "http://127.0.0.1:" + server.getPort();
      List<String> lines = lines();
      assertThat(lines)
          .containsSubsequence(
              "hpp-gateway is up at " + base + " (sandbox mode, NOT FOR REAL PAYMENTS)",
              "API docs: "
                  + base
                  + "/swagger-ui/index.html (OpenAPI document: "
                  + base
                  + "/openapi)",
              "Health: " + base + "/health");
      assertThat(status(base + "/swagger-ui/index.html", null)).isEqualTo(200);
      assertThat(status(base + "/openapi", null)).isEqualTo(200);
      assertThat(status(base + "/health", null)).isEqualTo(200);

      String demo =
          lines.stream().filter(line -> line.startsWith("Demo merchant")).findFirst().orElseThrow();
      assertThat(demo).startsWith("Demo merchant '" + BootstrapMerchant.DEMO_ID + "'");
      Matcher curl = CURL.matcher(demo);
      assertThat(curl.find()).as(demo).isTrue();
      assertThat(curl.group(1)).isEqualTo(BootstrapMerchant.SANDBOX_DEMO_KEY);
      assertThat(curl.group(2)).isEqualTo(base + "/v1/hpp-sessions");
      assertThat(status(curl.group(2), curl.group(1))).isEqualTo(200);
    }
  }

  @Test
  void liveModeNamesTheMerchantButNeverItsKey() throws Exception {
    String key = ApiKeys.generate();
    Map<String, Object> properties = ServiceModesTest.live();
    properties.put("hpp.bootstrap-merchant.id", "shop-live");
    properties.put("hpp.bootstrap-merchant.api-key", key);
    try (EmbeddedServer server =
        ApplicationContext.run(EmbeddedServer.class, properties, Application.ENVIRONMENT)) {
      String base = "http://127.0.0.1:" + server.getPort();
      List<String> lines = lines();
      assertThat(lines)
          .contains("hpp-gateway is up at " + base + " (live mode)")
          .contains(
              "Merchant 'shop-live': call "
                  + base
                  + "/v1/hpp-sessions with 'Authorization: Bearer' and the key configured in"
                  + " hpp.bootstrap-merchant.api-key")
          .noneMatch(line -> line.contains(key))
          .noneMatch(line -> line.contains(BootstrapMerchant.SANDBOX_DEMO_KEY));
      assertThat(status(base + "/v1/hpp-sessions", key)).isEqualTo(200);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private List<String> lines() {
    return events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  private int status(String url, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
