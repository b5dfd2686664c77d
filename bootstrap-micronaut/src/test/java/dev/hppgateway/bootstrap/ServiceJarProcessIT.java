package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.adapter.opttydirect.OpttyDirectPaymentProvider;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.bootstrap.api.ApiKeys;
import dev.hppgateway.bootstrap.api.BootstrapMerchant;
import dev.hppgateway.sandbox.SandboxServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged service jar ({@code target/hpp-gateway.jar}) as its own process, configured by
 * environment variables only (the inherited environment is cleared): live mode, the providers at a
 * provider simulator on loopback with credentials it checks, Optty's account webhook with its
 * secret. It creates a page on each provider over HTTP, the shopper pays each on the simulator's
 * page, the providers' callbacks reach the process, and the API reads every page back COMPLETED; no
 * {@code /sandbox} route exists, and no secret reaches its log. Prints the start-up time (launch to
 * the first answered {@code /health}) and the resident set size it measured. And the same jar with
 * nothing but a port, as the README's first command starts it: sandbox mode. Runs in the {@code
 * verify} phase (failsafe), after {@code package} wrote the jar.
 */
class ServiceJarProcessIT {
  private static final Pattern FIELD = Pattern.compile("\"(id|redirect_url)\":\"([^\"]+)\"");

  private static final String KLARNA_USER = "K-live-user";
  private static final String KLARNA_PASSWORD = "klarna-password-" + ApiKeys.generate();
  private static final String KUSTOM_USER = "C-live-user";
  private static final String KUSTOM_PASSWORD = "kustom-password-" + ApiKeys.generate();
  private static final String OPTTY_CLIENT_ID = "optty-live-client";
  private static final String OPTTY_CLIENT_SECRET = "optty-secret-" + ApiKeys.generate();
  private static final String OPTTY_CALLBACK_SECRET = "optty-callback-" + ApiKeys.generate();
  private static final String OPTTY_PAYMENT_SECRET = "optty-payment-" + ApiKeys.generate();
  private static final String MERCHANT_KEY = ApiKeys.generate();

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  @Test
  void theJarInLiveModeTakesPagesOnEveryProviderThroughToCompleted() throws Exception {
    int port = ServiceJar.freePort();
    String base = "http://127.0.0.1:" + port;
    Path work = Files.createTempDirectory("hpp-gateway-jar-");
    Path log = Path.of("target", "service-jar-process-it.log");
    Map<String, Object> simulator = new HashMap<>();
    simulator.put("hpp.sandbox.klarna.username", KLARNA_USER);
    simulator.put("hpp.sandbox.klarna.password", KLARNA_PASSWORD);
    simulator.put("hpp.sandbox.kustom.username", KUSTOM_USER);
    simulator.put("hpp.sandbox.kustom.password", KUSTOM_PASSWORD);
    simulator.put("hpp.sandbox.kustom.push-interval", "1s");
    simulator.put("hpp.sandbox.optty.client-id", OPTTY_CLIENT_ID);
    simulator.put("hpp.sandbox.optty.client-secret", OPTTY_CLIENT_SECRET);
    simulator.put("hpp.sandbox.optty.payment-secret", OPTTY_PAYMENT_SECRET);
    simulator.put(
        "hpp.sandbox.optty.webhook-url",
        CallbackUrl.forAccount(OpttyDirectPaymentProvider.ID, OPTTY_CALLBACK_SECRET).on(base));
    ServiceJar service = null;
    try (SandboxServer providers = SandboxServer.start(0, simulator)) {
      service = ServiceJar.launch(liveEnvironment(port, providers, work), work, log);
      long startupMillis = service.awaitHealth(base);
      long rssAtStart = service.rssKilobytes();

      for (String route :
          List.of(
              "/sandbox/klarna/payments/v1/sessions",
              "/sandbox/optty-auth/token",
              "/sandbox/admin/faults")) {
        assertThat(send(base + route, "GET", null, null).statusCode()).as(route).isEqualTo(404);
      }

      Map<String, Map<String, String>> pages = new LinkedHashMap<>();
      for (String provider : List.of("klarna-kp", "kustom-kco", "optty-direct")) {
        HttpResponse<String> created =
            send(base + "/v1/hpp-sessions", "POST", MERCHANT_KEY, body(provider, base));
        assertThat(created.statusCode()).as(provider + ": " + created.body()).isEqualTo(201);
        Map<String, String> page = fields(created.body());
        assertThat(page.get("redirect_url"))
            .as("the shopper goes to the provider, not to the gateway")
            .startsWith(providers.baseUrl() + "/sandbox/");
        pages.put(provider, page);
      }

      for (Map.Entry<String, Map<String, String>> page : pages.entrySet()) {
        String redirect = page.getValue().get("redirect_url");
        HttpResponse<String> opened = send(redirect, "GET", null, null);
        assertThat(opened.statusCode()).as("the shopper opens " + redirect).isEqualTo(200);
        assertThat(opened.body()).contains("id=\"pay\"");
        HttpResponse<String> paid =
            http.send(
                HttpRequest.newBuilder(URI.create(redirect + "/pay"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).as(page.getKey() + " Pay").isEqualTo(303);
        if (!page.getKey().equals("optty-direct")) {
          String sessionId = redirect.substring(redirect.lastIndexOf('/') + 1);
          assertThat(paid.headers().firstValue("Location").orElseThrow())
              .isEqualTo(base + "/shop/ok?sid=" + sessionId);
        }
      }

      for (Map.Entry<String, Map<String, String>> page : pages.entrySet()) {
        String read = awaitCompleted(base, page.getValue().get("id"));
        assertThat(read).as(page.getKey()).contains("\"status\":\"COMPLETED\"");
      }
      long rssAfterPayments = service.rssKilobytes();
      System.out.printf(
          "hpp-gateway.jar (live mode, H2 file): start-up %d ms from launch to the first answered"
              + " /health; RSS %d MB at start-up, %d MB after three paid pages%n",
          startupMillis, rssAtStart / 1024, rssAfterPayments / 1024);
    } finally {
      ServiceJar.closeAll(service);
      ServiceJar.deleteTree(work);
    }

    String printed = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(printed).contains("hpp-gateway is up at " + base + " (live mode)");
    for (String secret :
        List.of(
            KLARNA_PASSWORD,
            KUSTOM_PASSWORD,
            OPTTY_CLIENT_SECRET,
            OPTTY_CALLBACK_SECRET,
            OPTTY_PAYMENT_SECRET,
            MERCHANT_KEY)) {
      assertThat(printed).as("the service's log holds no secret").doesNotContain(secret);
    }
  }

  /**
   * The README's first command: the jar with no setting but its port starts in sandbox mode, with
   * its H2 database under {@code ./data} of the directory it runs in, prints how to reach it, and
   * the printed curl (demo key) answers.
   */
  @Test
  void theJarWithNothingButAPortStartsInSandboxModeWithItsDataUnderTheWorkingDirectory()
      throws Exception {
    int port = ServiceJar.freePort();
    Path work = Files.createTempDirectory("hpp-gateway-jar-sandbox-");
    Path log = Path.of("target", "service-jar-sandbox-it.log");
    ServiceJar service = null;
    try {
      service = ServiceJar.launch(Map.of("MICRONAUT_SERVER_PORT", String.valueOf(port)), work, log);
      String base = "http://localhost:" + port;
      service.awaitHealth(base);
      assertThat(work.resolve("data").resolve("hpp.mv.db")).isRegularFile();
      HttpResponse<String> list =
          send(base + "/v1/hpp-sessions", "GET", BootstrapMerchant.SANDBOX_DEMO_KEY, null);
      assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
      assertThat(send(base + "/openapi", "GET", null, null).statusCode()).isEqualTo(200);
      String printed = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(printed)
          .contains("SANDBOX MODE")
          .contains("hpp-gateway is up at " + base + " (sandbox mode, NOT FOR REAL PAYMENTS)")
          .contains("API docs: " + base + "/swagger-ui/index.html")
          .contains(
              "curl -H 'Authorization: Bearer "
                  + BootstrapMerchant.SANDBOX_DEMO_KEY
                  + "' "
                  + base
                  + "/v1/hpp-sessions");
    } finally {
      ServiceJar.closeAll(service);
      ServiceJar.deleteTree(work);
    }
  }

  /** Every setting the live service needs, as the environment variables an operator would set. */
  private static Map<String, String> liveEnvironment(int port, SandboxServer providers, Path work) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
    env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
    env.put("HPP_SANDBOX_ENABLED", "false");
    env.put("HPP_PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
    env.put("DATASOURCES_DEFAULT_URL", ServiceJar.h2File(work.resolve("hpp")));
    env.put("HPP_BOOTSTRAP_MERCHANT_ID", "shop-live");
    env.put("HPP_BOOTSTRAP_MERCHANT_API_KEY", MERCHANT_KEY);
    env.put("HPP_PROVIDERS_KLARNA_KP_BASE_URL", providers.klarnaBaseUrl());
    env.put("HPP_PROVIDERS_KLARNA_KP_USERNAME", KLARNA_USER);
    env.put("HPP_PROVIDERS_KLARNA_KP_PASSWORD", KLARNA_PASSWORD);
    env.put("HPP_PROVIDERS_KUSTOM_KCO_BASE_URL", providers.kustomBaseUrl());
    env.put("HPP_PROVIDERS_KUSTOM_KCO_USERNAME", KUSTOM_USER);
    env.put("HPP_PROVIDERS_KUSTOM_KCO_PASSWORD", KUSTOM_PASSWORD);
    env.put("HPP_PROVIDERS_OPTTY_DIRECT_AUTH_URL", providers.opttyAuthUrl());
    env.put("HPP_PROVIDERS_OPTTY_DIRECT_BASE_URL", providers.opttyApiUrl());
    env.put("HPP_PROVIDERS_OPTTY_DIRECT_CLIENT_ID", OPTTY_CLIENT_ID);
    env.put("HPP_PROVIDERS_OPTTY_DIRECT_CLIENT_SECRET", OPTTY_CLIENT_SECRET);
    env.put("HPP_PROVIDERS_OPTTY_DIRECT_CALLBACK_SECRET", OPTTY_CALLBACK_SECRET);
    env.put("HPP_PROVIDERS_OPTTY_DIRECT_PAYMENT_SECRET", OPTTY_PAYMENT_SECRET);
    return env;
  }

  private static String body(String provider, String base) {
    String urls =
        provider.equals("optty-direct")
            ? ""
            : ",\"merchant_urls\":{\"success\":\"" + base + "/shop/ok?sid={{session_id}}\"}";
    return """
        {"provider":"%s","merchant_reference":"jar-%s","purchase_country":"SE",
         "currency":"SEK","locale":"sv-SE","amount":10000,"tax_amount":2000,
         "order_lines":[{"type":"physical","name":"T-shirt","quantity":1,"unit_price":10000,
           "tax_rate":2500,"total_amount":10000,"total_tax_amount":2000}],
         "customer":{"email":"ann@example.com","phone":"+46701234567","phone_country":"SE"}%s}
        """
        .formatted(provider, provider, urls);
  }

  private String awaitCompleted(String base, String id) throws Exception {
    Instant deadline = Instant.now().plusSeconds(20);
    String body = "";
    while (Instant.now().isBefore(deadline)) {
      body = send(base + "/v1/hpp-sessions/" + id, "GET", MERCHANT_KEY, null).body();
      if (body.contains("\"status\":\"COMPLETED\"")) {
        return body;
      }
      Thread.sleep(100);
    }
    return body;
  }

  private HttpResponse<String> send(String url, String method, String bearer, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> fields(String answer) {
    Map<String, String> fields = new HashMap<>();
    Matcher matcher = FIELD.matcher(answer);
    while (matcher.find()) {
      fields.putIfAbsent(matcher.group(1), matcher.group(2));
    }
    assertThat(fields).as(answer).containsKeys("id", "redirect_url");
    return fields;
  }
}
