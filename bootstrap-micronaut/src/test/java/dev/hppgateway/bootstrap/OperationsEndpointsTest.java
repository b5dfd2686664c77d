package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.HppUseCases;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.bootstrap.api.HppSessionResponse;
import dev.hppgateway.bootstrap.ops.RequestLogFilter;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderId;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.Controller;
import io.micronaut.json.JsonMapper;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;
import reactor.core.publisher.Mono;

/**
 * The service's operations endpoints on real HTTP: {@code /health} with the database, {@code
 * /prometheus} with the gateway's own counters and provider call timers, {@code /openapi} covering
 * every controller route, and the request log that names route templates, never callback secrets.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsEndpointsTest implements TestPropertyProvider {
  private static final String APPLIED =
      "hpp_callbacks_total{outcome=\"applied\",provider=\"klarna-kp\"}";
  private static final String SERVICE_PACKAGE = "dev.hppgateway.bootstrap.";
  private final int port = freePort();
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Inject HppUseCases useCases;
  @Inject Router router;
  @Inject JsonMapper json;
  @Inject JdbcIndicator jdbcIndicator;

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
        "jdbc:h2:mem:operations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  @Test
  void healthIsUpWithTheDatabaseAndGivesAnonymousCallersNoDetails() throws Exception {
    HttpResponse<String> health = get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"status\":\"UP\"")
        .doesNotContain("details")
        .doesNotContainIgnoringCase("jdbc")
        .doesNotContainIgnoringCase("h2");
    assertThat(get("/health/liveness").statusCode()).isEqualTo(200);
    assertThat(get("/health/readiness").statusCode()).isEqualTo(200);
    HealthResult database = Mono.from(jdbcIndicator.getResult()).block();
    assertThat(database.getStatus())
        .as("the database is part of the health")
        .isEqualTo(HealthStatus.UP);
  }

  @Test
  void prometheusCountsPagesCreatedAndCompletedCallbacksAndHttpRequests() throws Exception {
    HppSession page = create("ops-1");
    assertThat(post(page.links().redirectUrl() + "/pay").statusCode()).isEqualTo(303);
    awaitStatus(page, HppStatus.COMPLETED);
    assertThat(post(base() + "/callbacks/klarna-kp/" + page.id() + "/wrong").statusCode())
        .isEqualTo(404);
    assertThat(post(base() + "/callbacks/made-up/x/y").statusCode()).isEqualTo(404);

    // the callback completes the page, then is counted: wait for its count
    HttpResponse<String> scrape = awaitScrape(APPLIED);
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(counter(scrape.body(), "hpp_page_creations_total{provider=\"klarna-kp\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(counter(scrape.body(), "hpp_pages_completed_total{provider=\"klarna-kp\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            counter(
                scrape.body(), "hpp_callbacks_total{outcome=\"applied\",provider=\"klarna-kp\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            counter(
                scrape.body(), "hpp_callbacks_total{outcome=\"rejected\",provider=\"klarna-kp\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            counter(
                scrape.body(), "hpp_callbacks_total{outcome=\"rejected\",provider=\"unknown\"}"))
        .as("an invented provider does not become a series")
        .isGreaterThanOrEqualTo(1);
    assertThat(scrape.body())
        .doesNotContain("made-up")
        .contains("http_server_requests_seconds_count{")
        .contains("uri=\"/callbacks/{+path}\"")
        .doesNotContain("/wrong");
  }

  @Test
  void prometheusTimesProviderCallsByOperationAndOutcome() throws Exception {
    String ok =
        "hpp_provider_calls_seconds_count{error=\"none\",operation=\"create_page\","
            + "outcome=\"ok\",provider=\"klarna-kp\"}";
    String failed =
        "hpp_provider_calls_seconds_count{error=\"unavailable\",operation=\"create_page\","
            + "outcome=\"error\",provider=\"klarna-kp\"}";
    long okBefore = counter(get("/prometheus").body(), ok);
    create("ops-metered-ok");
    HttpResponse<String> afterOk = get("/prometheus");
    assertThat(counter(afterOk.body(), ok)).isEqualTo(Math.max(okBefore, 0) + 1);
    assertThat(afterOk.body())
        .contains(
            "hpp_provider_calls_seconds_sum{error=\"none\",operation=\"create_page\","
                + "outcome=\"ok\",provider=\"klarna-kp\"}");

    long failedBefore = counter(afterOk.body(), failed);
    try {
      HttpResponse<String> fault =
          send("PUT", "/sandbox/admin/faults/klarna", "{\"errorRate\":1.0,\"errorStatus\":503}");
      assertThat(fault.statusCode()).as(fault.body()).isLessThan(300);
      assertThatThrownBy(() -> create("ops-metered-fault"))
          .isInstanceOf(ProviderUnavailableException.class);
    } finally {
      assertThat(send("DELETE", "/sandbox/admin/faults", null).statusCode()).isLessThan(300);
    }
    assertThat(counter(get("/prometheus").body(), failed))
        .as("the failed create is timed as an error")
        .isGreaterThan(Math.max(failedBefore, 0));
  }

  @Test
  void theOpenApiDocumentHasEveryControllerRouteAndTheSwaggerUiReadsIt() throws Exception {
    HttpResponse<String> document = get("/openapi");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
    Map<String, Object> openApi = new Yaml().load(document.body());
    assertThat(String.valueOf(openApi.get("openapi"))).startsWith("3.");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> paths =
        (Map<String, Map<String, Object>>) openApi.get("paths");
    Set<String> documented =
        paths.entrySet().stream()
            .flatMap(
                path ->
                    path.getValue().keySet().stream()
                        .map(method -> method.toUpperCase(Locale.ROOT) + " " + path.getKey()))
            .collect(Collectors.toSet());

    List<UriRouteInfo<?, ?>> controllerRoutes =
        router
            .uriRoutes()
            .filter(route -> route.getDeclaringType().isAnnotationPresent(Controller.class))
            // the service's own controllers; the sandbox's simulated providers are not its API
            .filter(route -> route.getDeclaringType().getName().startsWith(SERVICE_PACKAGE))
            // HEAD and OPTIONS are answered for every GET route, not documented on their own
            .filter(route -> route.getHttpMethod() != HttpMethod.OPTIONS)
            .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
            .toList();
    assertThat(controllerRoutes)
        .as("the callbacks and the document itself at least")
        .hasSizeGreaterThanOrEqualTo(2);
    for (UriRouteInfo<?, ?> route : controllerRoutes) {
      assertThat(documented)
          .as(
              "%s %s of %s",
              route.getHttpMethod(), route.getUriMatchTemplate(), route.getDeclaringType())
          .contains(route.getHttpMethod().name() + " " + openApiPath(route));
    }

    HttpResponse<String> ui = get("/swagger-ui/index.html");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui").contains("/openapi");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOpenApiDocumentNamesPropertiesInSnakeCaseAsTheWireDoes() throws Exception {
    HttpResponse<String> document = get("/openapi");
    assertThat(document.statusCode()).isEqualTo(200);
    Map<String, Object> openApi = new Yaml().load(document.body());
    Map<String, Map<String, Object>> schemas =
        (Map<String, Map<String, Object>>)
            ((Map<String, Object>) openApi.get("components")).get("schemas");
    assertThat(properties(schemas, "CreateHppSessionRequest"))
        .contains(
            "merchant_reference",
            "purchase_country",
            "tax_amount",
            "order_lines",
            "merchant_urls",
            "expires_at");
    assertThat(properties(schemas, "OrderLine"))
        .contains(
            "unit_price", "tax_rate", "total_amount", "total_discount_amount", "total_tax_amount");
    assertThat(properties(schemas, "Customer")).contains("phone_country");
    assertThat(properties(schemas, "HppSession"))
        .contains("merchant_reference", "tax_amount", "refunded_amount", "redirect_url");
    assertThat(properties(schemas, "HppSessionList")).contains("has_more");
    assertThat(properties(schemas, "ProviderReferences")).contains("session_id", "payment_ref");
    assertThat(properties(schemas, "Problem")).contains("correlation_id");

    for (Map.Entry<String, Map<String, Object>> schema : schemas.entrySet()) {
      Set<String> names = properties(schemas, schema.getKey());
      Object required = schema.getValue().get("required");
      if (required != null) {
        assertThat(names)
            .as("%s: its required properties are among its properties", schema.getKey())
            .containsAll((List<String>) required);
      }
    }
    // the wire: a page as the API writes it, and the create request's documented example
    Map<String, Object> page =
        new Yaml().load(json.writeValueAsString(HppSessionResponse.of(create("ops-openapi"))));
    assertThat(properties(schemas, "HppSession")).containsAll(page.keySet());
    assertThat(page.keySet()).contains("merchant_reference", "refunded_amount");
    assertThat(properties(schemas, "CreateHppSessionRequest"))
        .containsAll(
            ((Map<String, Object>) schemas.get("CreateHppSessionRequest").get("example")).keySet());

    List<String> camelCase = new java.util.ArrayList<>();
    collectCamelCaseProperties(openApi, "", camelCase);
    assertThat(camelCase).as("properties named in camelCase anywhere in the document").isEmpty();
  }

  private static Set<String> properties(Map<String, Map<String, Object>> schemas, String name) {
    assertThat(schemas).containsKey(name);
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = (Map<String, Object>) schemas.get(name).get("properties");
    assertThat(properties).as(name).isNotEmpty();
    return properties.keySet();
  }

  /** Every property name of every schema, components and inline ones alike. */
  private static void collectCamelCaseProperties(Object node, String at, List<String> camelCase) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        // a schema's properties and its list of required ones (a parameter's required is a flag)
        Iterable<?> names =
            entry.getValue() instanceof Map<?, ?> properties && key.equals("properties")
                ? properties.keySet()
                : entry.getValue() instanceof List<?> required && key.equals("required")
                    ? required
                    : null;
        if (names != null) {
          for (Object name : names) {
            if (java.util.regex.Pattern.compile("[a-z][A-Z]")
                .matcher(String.valueOf(name))
                .find()) {
              camelCase.add(at + "/" + key + "/" + name);
            }
          }
        }
        if (!key.equals("example") && !key.equals("examples")) {
          collectCamelCaseProperties(entry.getValue(), at + "/" + key, camelCase);
        }
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        collectCamelCaseProperties(list.get(i), at + "/" + i, camelCase);
      }
    }
  }

  @Test
  void theRequestLogNamesTheRouteTemplateAndNeverTheCallbackSecret() throws Exception {
    String secret = "s3cr3t-" + Long.toHexString(System.nanoTime());
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger requestLog = logging.getLogger(RequestLogFilter.class);
    Level before = requestLog.getLevel();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.setContext(logging);
    captured.start();
    root.addAppender(captured);
    requestLog.setLevel(Level.INFO);
    try {
      HppSession page = create("ops-log");
      HttpResponse<String> answer =
          post(base() + "/callbacks/klarna-kp/" + page.id() + "/" + secret + "?token=" + secret);
      assertThat(answer.statusCode()).isEqualTo(404);
      awaitLogLine(captured, "/callbacks/");
    } finally {
      root.detachAppender(captured);
      requestLog.setLevel(before);
    }
    List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .isEqualTo(line.trim())
                    .startsWith("POST /callbacks/{+path} 404 ")
                    .endsWith("ms"));
    assertThat(lines).noneSatisfy(line -> assertThat(line).contains(secret));
    assertThat(captured.list)
        .noneSatisfy(
            event -> assertThat(String.valueOf(event.getThrowableProxy())).contains(secret));
  }

  /** OpenAPI paths cannot hold a multi-segment variable: {@code /x/{+rest}} is documented as /x. */
  private static String openApiPath(UriRouteInfo<?, ?> route) {
    String template = route.getUriMatchTemplate().toString().replaceAll("/\\{\\+[^}]*}", "");
    return template.isEmpty() ? "/" : template;
  }

  private HttpResponse<String> awaitScrape(String series) throws Exception {
    Instant deadline = Instant.now().plusSeconds(5);
    HttpResponse<String> scrape = get("/prometheus");
    while (counter(scrape.body(), series) < 1 && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      scrape = get("/prometheus");
    }
    return scrape;
  }

  private static long counter(String scrape, String series) {
    return scrape
        .lines()
        .filter(line -> line.startsWith(series + " "))
        .map(line -> (long) Double.parseDouble(line.substring(series.length() + 1).trim()))
        .findFirst()
        .orElse(-1L);
  }

  private HppSession create(String reference) {
    return useCases
        .create()
        .create(
            new CreateHppSessionCommand(
                TestHppSessions.MERCHANT,
                ProviderId.of("klarna-kp"),
                reference,
                TestHppSessions.order(),
                null,
                null,
                null,
                null,
                null))
        .session();
  }

  private void awaitStatus(HppSession page, HppStatus status) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (useCases.get().get(TestHppSessions.MERCHANT, page.id()).status() != status
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    assertThat(useCases.get().get(TestHppSessions.MERCHANT, page.id()).status()).isEqualTo(status);
  }

  /** The log line is written as the response goes out, possibly just after the client has it. */
  private static void awaitLogLine(ListAppender<ILoggingEvent> captured, String part)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(5);
    while (Instant.now().isBefore(deadline)
        && List.copyOf(captured.list).stream()
            .noneMatch(event -> event.getFormattedMessage().contains(part))) {
      Thread.sleep(20);
    }
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
