package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hppgateway.adapter.opttydirect.OpttyDirectPaymentProvider;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.ProviderId;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Sandbox mode (the default) and live mode ({@code hpp.sandbox.enabled=false}): in live mode no
 * sandbox route exists and every setting a real provider needs is checked at start-up, which a
 * missing or wrong one stops with one line naming it.
 */
class ServiceModesTest {
  private static final String H2 =
      "jdbc:h2:mem:service-modes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  /** Everything live mode needs, the providers on loopback hosts nobody listens on. */
  static Map<String, Object> live() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("hpp.sandbox.enabled", "false");
    properties.put("datasources.default.url", H2);
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("micronaut.server.port", -1);
    properties.put("hpp.public-base-url", "https://gateway.example.com");
    properties.put("hpp.providers.klarna-kp.base-url", "https://api.klarna.example");
    properties.put("hpp.providers.klarna-kp.username", "K123");
    properties.put("hpp.providers.klarna-kp.password", "k-secret");
    properties.put("hpp.providers.kustom-kco.base-url", "http://127.0.0.1:9/kustom");
    properties.put("hpp.providers.kustom-kco.username", "C123");
    properties.put("hpp.providers.kustom-kco.password", "c-secret");
    properties.put("hpp.providers.optty-direct.auth-url", "https://auth.optty.example");
    properties.put("hpp.providers.optty-direct.base-url", "https://api.optty.example/v1");
    properties.put("hpp.providers.optty-direct.client-id", "client");
    properties.put("hpp.providers.optty-direct.client-secret", "o-secret");
    properties.put("hpp.providers.optty-direct.callback-secret", "o-callback-secret");
    return properties;
  }

  private static Throwable startupFailure(Map<String, Object> properties) {
    Throwable failure =
        catchThrowable(() -> ApplicationContext.run(properties, Application.ENVIRONMENT).close());
    assertThat(failure).as("start-up should have failed").isNotNull();
    return failure;
  }

  private static String oneLine(Throwable failure) {
    return Application.configurationProblem(failure).orElseThrow(() -> new AssertionError(failure));
  }

  @Test
  void liveModeServesNoSandboxRoute() throws Exception {
    try (EmbeddedServer server =
        ApplicationContext.run(EmbeddedServer.class, live(), Application.ENVIRONMENT)) {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.getPort();
      Map<String, String> routes = new java.util.LinkedHashMap<>();
      routes.put("/sandbox/klarna/payments/v1/sessions", "POST");
      routes.put("/sandbox/klarna/hpp/v1/sessions", "POST");
      routes.put("/sandbox/klarna/pay/some-session", "GET");
      routes.put("/sandbox/kustom/checkout/v3/orders", "POST");
      routes.put("/sandbox/kustom/ordermanagement/v1/orders/o-1/acknowledge", "POST");
      routes.put("/sandbox/optty-auth/token", "POST");
      routes.put("/sandbox/optty/custom/hpp", "POST");
      routes.put("/sandbox/optty/orders/ord_1", "GET");
      routes.put("/sandbox/admin/faults", "GET");
      routes.put("/sandbox/admin/faults/klarna", "PUT");
      routes.put("/sandbox/admin/optty/merchants/client", "PUT");
      routes.put("/sandbox/admin/clock/advance", "POST");
      for (Map.Entry<String, String> route : routes.entrySet()) {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(base + route.getKey()))
                .header("Content-Type", "application/json")
                .method(route.getValue(), HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(route.getValue() + " " + route.getKey()).isEqualTo(404);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hpp.public-base-url",
        "hpp.providers.klarna-kp.base-url",
        "hpp.providers.klarna-kp.username",
        "hpp.providers.kustom-kco.base-url",
        "hpp.providers.optty-direct.base-url",
        "hpp.providers.optty-direct.auth-url",
        "hpp.providers.optty-direct.client-secret",
        "hpp.providers.optty-direct.callback-secret"
      })
  void liveModeStopsAtStartupOnAMissingSettingAndNamesIt(String setting) {
    Map<String, Object> properties = live();
    properties.remove(setting);
    Throwable failure = startupFailure(properties);
    assertThat(oneLine(failure))
        .isEqualTo(setting + " is required when hpp.sandbox.enabled is false");
  }

  @Test
  void liveModeWantsHttpsForThePublicBaseUrlUnlessItIsOnLoopback() {
    Map<String, Object> properties = live();
    properties.put("hpp.public-base-url", "http://gateway.example.com");
    assertThat(oneLine(startupFailure(properties)))
        .startsWith("hpp.public-base-url must be https when hpp.sandbox.enabled is false")
        .doesNotContain("\n");

    properties.put("hpp.public-base-url", "http://127.0.0.1:8080");
    try (ApplicationContext context = ApplicationContext.run(properties, Application.ENVIRONMENT)) {
      assertThat(context.getBeansOfType(PaymentProvider.class)).hasSize(3);
    }
  }

  @Test
  void liveModeRefusesAProviderBaseUrlThatIsNotAnHttpUrl() {
    Map<String, Object> properties = live();
    properties.put("hpp.providers.klarna-kp.base-url", "ftp://api.klarna.example");
    assertThat(oneLine(startupFailure(properties)))
        .startsWith("hpp.providers.klarna-kp.base-url must be an absolute http(s) URL");

    properties = live();
    properties.put("hpp.providers.kustom-kco.base-url", "http://api.kustom.example");
    assertThat(oneLine(startupFailure(properties)))
        .startsWith("hpp.providers.kustom-kco.base-url must be https");
  }

  @Test
  void aDisabledProviderNeedsNoSettingsInLiveMode() {
    Map<String, Object> properties = live();
    properties.put("hpp.providers.optty-direct.enabled", "false");
    properties
        .keySet()
        .removeIf(
            key -> key.startsWith("hpp.providers.optty-direct.") && !key.endsWith(".enabled"));
    try (ApplicationContext context = ApplicationContext.run(properties, Application.ENVIRONMENT)) {
      assertThat(context.getBeansOfType(PaymentProvider.class))
          .extracting(PaymentProvider::id)
          .containsExactlyInAnyOrder(ProviderId.of("klarna-kp"), ProviderId.of("kustom-kco"));
    }
  }

  @Test
  void anExplicitBaseUrlIsUsedInBothModes() {
    for (String sandbox : List.of("true", "false")) {
      Map<String, Object> properties = live();
      properties.put("hpp.sandbox.enabled", sandbox);
      try (ApplicationContext context =
          ApplicationContext.run(properties, Application.ENVIRONMENT)) {
        assertThat(context.getBean(OpttyDirectPaymentProvider.class).toString())
            .as("sandbox=" + sandbox)
            .contains("authBaseUrl=https://auth.optty.example")
            .contains("apiBaseUrl=https://api.optty.example/v1");
      }
    }
    Map<String, Object> sandboxDefaults = live();
    sandboxDefaults.put("hpp.sandbox.enabled", "true");
    sandboxDefaults.remove("hpp.providers.optty-direct.base-url");
    sandboxDefaults.remove("hpp.providers.optty-direct.auth-url");
    try (ApplicationContext context =
        ApplicationContext.run(sandboxDefaults, Application.ENVIRONMENT)) {
      assertThat(context.getBean(OpttyDirectPaymentProvider.class).toString())
          .contains("authBaseUrl=https://gateway.example.com/sandbox/optty-auth")
          .contains("apiBaseUrl=https://gateway.example.com/sandbox/optty");
    }
  }

  @Test
  void sandboxModeSaysAtStartupThatItIsNotForRealPayments() {
    Logger logger = (Logger) LoggerFactory.getLogger(ServiceModeBanner.class);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    logger.addAppender(events);
    try {
      Map<String, Object> properties = new HashMap<>();
      properties.put("datasources.default.url", H2);
      try (ApplicationContext context =
          ApplicationContext.run(properties, Application.ENVIRONMENT)) {
        assertThat(events.list)
            .filteredOn(event -> event.getLevel() == Level.WARN)
            .extracting(ILoggingEvent::getFormattedMessage)
            .containsExactly(ServiceModeBanner.SANDBOX_WARNING);
      }
      assertThat(ServiceModeBanner.SANDBOX_WARNING)
          .contains("SANDBOX MODE")
          .contains("NOT FOR REAL PAYMENTS");

      events.list.clear();
      try (ApplicationContext context = ApplicationContext.run(live(), Application.ENVIRONMENT)) {
        assertThat(events.list).noneMatch(event -> event.getLevel() == Level.WARN);
      }
    } finally {
      logger.detachAppender(events);
    }
  }
}
