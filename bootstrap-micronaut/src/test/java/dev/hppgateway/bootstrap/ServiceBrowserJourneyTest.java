package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.hppgateway.bootstrap.api.BootstrapMerchant;
import dev.hppgateway.sandbox.HeadlessChromium;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A shopper in a real headless Chromium, through the service in sandbox mode: the merchant creates
 * a page over the API with a success URL holding the provider's placeholders, the shopper opens its
 * {@code redirect_url} and presses Pay, the browser lands on the merchant's success URL with the
 * placeholders filled in, and the API reads the page back COMPLETED. Debian's chromium +
 * chromium-driver, as in provider-sandbox's browser test: skipped locally without them, failed when
 * CI=true.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceBrowserJourneyTest implements TestPropertyProvider {
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final String KEY = BootstrapMerchant.SANDBOX_DEMO_KEY;

  private final int port = freePort();
  private final String base = "http://127.0.0.1:" + port;
  private final HttpClient http = HttpClient.newHttpClient();
  private HttpServer shop;
  private HeadlessChromium chromium;
  private static WebDriver driver;

  @RegisterExtension
  static final TestWatcher SCREENSHOT_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (driver != null) {
            System.out.println(
                "Screenshot of the failed journey: "
                    + screenshot(context.getRequiredTestMethod().getName() + "-failure")
                        .toAbsolutePath());
          }
        }
      };

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "micronaut.server.port",
        String.valueOf(port),
        "micronaut.server.host",
        "127.0.0.1",
        "hpp.public-base-url",
        base,
        "hpp.sandbox.enabled",
        "true",
        "hpp.sandbox.kustom.push-interval",
        "1s",
        "datasources.default.url",
        "jdbc:h2:mem:service-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  @BeforeAll
  void startShopAndBrowser() throws IOException {
    chromium = HeadlessChromium.startOrSkip("service-chromium-");
    driver = chromium.driver();
    shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    shop.createContext(
        "/shop",
        exchange -> {
          byte[] page =
              "<!DOCTYPE html><html><body><h1 id=\"shop\">Thank you</h1></body></html>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    shop.start();
  }

  @AfterAll
  void stopShopAndBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
      chromium = null;
      driver = null;
    }
    if (shop != null) {
      shop.stop(0);
    }
  }

  @Test
  void klarnaShopperPaysAndLandsOnTheSuccessUrlWithSessionIdAndAuthorizationToken()
      throws Exception {
    Map<String, String> page =
        create("klarna-kp", "/shop/success?sid={{session_id}}&token={{authorization_token}}");

    Map<String, String> query = payInTheBrowser(page);

    assertThat(query).containsEntry("sid", page.get("session_id"));
    assertThat(query.get("token")).as("the authorization token").isNotBlank();
    assertThat(query.values()).noneMatch(value -> value.contains("{{"));
    // the gateway places the order with the token once the page is paid
    assertThat(awaitCompleted(page.get("id"), "\"order_id\":\"")).contains("\"order_id\":\"");
  }

  @Test
  void kustomShopperPaysAndLandsOnTheSuccessUrlWithSessionIdAndOrderId() throws Exception {
    Map<String, String> page =
        create("kustom-kco", "/shop/success?sid={{session_id}}&order={{order_id}}");

    Map<String, String> query = payInTheBrowser(page);

    assertThat(query)
        .containsEntry("sid", page.get("session_id"))
        .containsEntry("order", page.get("payment_ref"));
    assertThat(awaitCompleted(page.get("id"), "\"status\":\"COMPLETED\""))
        .contains("\"id\":\"" + page.get("id") + "\"");
  }

  /**
   * Opens the page's redirect_url, checks it is the order's page, presses Pay; the shop's query.
   */
  private Map<String, String> payInTheBrowser(Map<String, String> page) {
    driver.get(page.get("redirect_url"));
    assertThat(driver.findElement(By.id("amount")).getText()).isEqualTo("250.00 SEK");
    assertThat(driver.findElement(By.id("lines")).getText()).contains("T-shirt");
    driver.findElement(By.id("pay")).click();
    String shopUrl = "http://127.0.0.1:" + shop.getAddress().getPort() + "/shop/";
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(browser -> browser.getCurrentUrl().startsWith(shopUrl));
    URI landed = URI.create(driver.getCurrentUrl());
    assertThat(landed.getPath()).isEqualTo("/shop/success");
    assertThat(driver.findElement(By.id("shop")).getText()).isEqualTo("Thank you");
    return query(landed);
  }

  /** Creates a page over the API; its id, redirect_url and provider references. */
  private Map<String, String> create(String provider, String successPathAndQuery) throws Exception {
    String success = "http://127.0.0.1:" + shop.getAddress().getPort() + successPathAndQuery;
    String body =
        """
        {"provider":"%s","merchant_reference":"browser-%s","purchase_country":"SE",
         "currency":"SEK","locale":"sv-SE","amount":25000,"tax_amount":5000,
         "order_lines":[{"type":"physical","name":"T-shirt","quantity":1,"unit_price":25000,
           "tax_rate":2500,"total_amount":25000,"total_tax_amount":5000}],
         "merchant_urls":{"success":"%s"}}
        """
            .formatted(provider, provider, success);
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/v1/hpp-sessions"))
                .header("Authorization", "Bearer " + KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Map<String, String> page = new HashMap<>();
    Matcher field =
        Pattern.compile("\"(id|redirect_url|session_id|payment_ref)\":\"([^\"]+)\"")
            .matcher(created.body());
    while (field.find()) {
      page.putIfAbsent(field.group(1), field.group(2));
    }
    assertThat(page)
        .as(created.body())
        .containsKeys("id", "redirect_url", "session_id", "payment_ref");
    assertThat(page.get("redirect_url")).startsWith(base + "/sandbox/");
    return page;
  }

  /** Polls the API until the page is COMPLETED and its answer holds {@code alsoContains}. */
  private String awaitCompleted(String id, String alsoContains) throws Exception {
    Instant deadline = Instant.now().plusSeconds(15);
    String body = "";
    while (Instant.now().isBefore(deadline)) {
      body =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/v1/hpp-sessions/" + id))
                      .header("Authorization", "Bearer " + KEY)
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      if (body.contains("\"status\":\"COMPLETED\"") && body.contains(alsoContains)) {
        return body;
      }
      Thread.sleep(100);
    }
    return Assertions.fail("page " + id + " is not COMPLETED with " + alsoContains + ": " + body);
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> query = new HashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        query.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return query;
  }

  private static Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException failure) {
      throw new IllegalStateException("could not save screenshot " + name, failure);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
