package dev.hppgateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A shopper in a real headless Chromium (Debian chromium + chromium-driver) walks through the
 * sandbox pages. Selenium is pointed at /usr/bin/chromedriver explicitly, so Selenium Manager never
 * downloads anything. Missing browser: skipped locally, failed when CI=true.
 */
class ShopperPageBrowserTest {

  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private static SandboxServer sandbox;
  private static HttpServer shop;
  private static WebDriver driver;
  private static HeadlessChromium chromium;

  @RegisterExtension
  static final TestWatcher SCREENSHOT_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (driver != null) {
            Path saved = screenshot(context.getRequiredTestMethod().getName() + "-failure");
            System.out.println("Screenshot of the failed journey: " + saved.toAbsolutePath());
          }
        }
      };

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = HeadlessChromium.startOrSkip("sandbox-chromium-");
    driver = chromium.driver();
    sandbox = SharedSandbox.get();
    shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    shop.createContext(
        "/shop",
        exchange -> {
          byte[] page =
              ("<!DOCTYPE html><html><body><h1 id=\"shop\">Back at the shop</h1><p>"
                      + exchange.getRequestURI().getPath()
                      + "</p></body></html>")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    shop.start();
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
      chromium = null;
      driver = null;
    }
    if (shop != null) {
      shop.stop(0);
    }
  }

  private static String shopUrl(String pathAndQuery) {
    return "http://127.0.0.1:" + shop.getAddress().getPort() + pathAndQuery;
  }

  @Test
  void kpShopperPaysAndReturnsWithSessionIdAndAuthorizationToken() {
    String klarna = sandbox.klarnaBaseUrl();
    String kp = MerchantCalls.kpSessionId();
    Http.Answer hpp =
        MerchantCalls.hpp(
            klarna,
            "/payments/v1/sessions/" + kp,
            "{\"success\":\""
                + shopUrl("/shop/success?sid={{session_id}}&token={{authorization_token}}")
                + "\"}");
    assertThat(hpp.status()).isEqualTo(201);

    driver.get(hpp.text("redirect_url"));
    assertThat(driver.findElement(By.id("amount")).getText()).isEqualTo("1,234.50 SEK");
    assertThat(driver.findElement(By.id("merchant")).getText()).isEqualTo("Test Shop AB");
    assertThat(driver.findElement(By.id("lines")).getText())
        .contains("Running shoes", "Sport socks", "235.50 SEK");
    Path screenshot = screenshot("kp-page");
    System.out.println("Screenshot of the KP shopper page: " + screenshot.toAbsolutePath());

    driver.findElement(By.id("pay")).click();
    waitForShop();

    Map<String, String> query = OpttySandboxApiTest.query(driver.getCurrentUrl());
    assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/shop/success");
    assertThat(driver.findElement(By.id("shop")).getText()).isEqualTo("Back at the shop");
    Http.Answer session = Http.get(hpp.text("session_url"), "Authorization", Http.BASIC);
    assertThat(session.text("status")).isEqualTo("COMPLETED");
    assertThat(query)
        .containsEntry("sid", hpp.text("session_id"))
        .containsEntry("token", session.text("authorization_token"));
    assertThat(query.get("token")).isNotBlank();
  }

  @Test
  void kcoShopperCancelsAndReturnsToTheCancelUrl() {
    String kustom = sandbox.kustomBaseUrl();
    String orderId =
        MerchantCalls.kcoOrder(shopUrl("/shop/push?o={checkout.order.id}")).text("order_id");
    Http.Answer hpp =
        MerchantCalls.hpp(
            kustom,
            "/checkout/v3/orders/" + orderId,
            "{\"cancel\":\""
                + shopUrl("/shop/cancel?sid={{session_id}}&order={{order_id}}")
                + "\"}");

    driver.get(hpp.text("redirect_url"));
    assertThat(driver.findElement(By.id("amount")).getText()).isEqualTo("500.00 SEK");
    assertThat(driver.findElement(By.id("lines")).getText()).contains("Rain jacket");
    driver.findElement(By.id("cancel")).click();
    waitForShop();

    assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/shop/cancel");
    assertThat(OpttySandboxApiTest.query(driver.getCurrentUrl()))
        .containsEntry("sid", hpp.text("session_id"))
        .containsEntry("order", orderId);
    assertThat(Http.get(hpp.text("session_url"), "Authorization", Http.BASIC).text("status"))
        .isEqualTo("CANCELLED");
    assertThat(
            Http.get(kustom + "/checkout/v3/orders/" + orderId, "Authorization", Http.BASIC)
                .text("status"))
        .isEqualTo("checkout_incomplete");
  }

  @Test
  void opttyShopperPaysAndReturnsWithAValidHash() throws Exception {
    String clientId = "browser-" + UUID.randomUUID();
    Http.putJson(
        sandbox.baseUrl() + "/sandbox/admin/optty/merchants/" + clientId,
        "{\"redirectUrl\":\"" + shopUrl("/shop/optty-return") + "\"}");
    Http.Answer link =
        Http.postJson(
            sandbox.opttyApiUrl() + "/custom/hpp",
            Payloads.opttyLink("INV-BROWSER"),
            "Authorization",
            OpttySandboxApiTest.bearer(clientId, "merchant"));
    assertThat(link.status()).isEqualTo(200);

    driver.get(link.text("link"));
    assertThat(driver.findElement(By.id("amount")).getText()).isEqualTo("119.90 AUD");
    assertThat(driver.findElement(By.id("lines")).getText()).contains("Yoga mat");
    driver.findElement(By.id("pay")).click();
    waitForShop();

    Map<String, String> query = OpttySandboxApiTest.query(driver.getCurrentUrl());
    assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/shop/optty-return");
    assertThat(query)
        .containsEntry("status", "SUCCESSFUL")
        .containsEntry("reference", "INV-BROWSER");
    assertThat(query.get("hash"))
        .isEqualTo(
            OpttySandboxApiTest.hmac("SUCCESSFUL|INV-BROWSER", SharedSandbox.PAYMENT_SECRET));
    Http.Answer order =
        Http.get(
            sandbox.opttyApiUrl() + "/orders/" + query.get("providerReference"),
            "Authorization",
            OpttySandboxApiTest.bearer(clientId, "api-user"));
    assertThat(order.text("status")).isEqualTo("SUCCESSFUL");
    assertThat(query.get("providerReference")).isEqualTo(order.text("orderReference"));
  }

  /**
   * An order's end is not the link's end: the shopper cancels on Optty's page, comes back to the
   * shop, opens the same link again and pays it with a new order.
   */
  @Test
  void opttyShopperCancelsThenPaysTheSameLink() throws Exception {
    String clientId = "browser-" + UUID.randomUUID();
    Http.putJson(
        sandbox.baseUrl() + "/sandbox/admin/optty/merchants/" + clientId,
        "{\"redirectUrl\":\"" + shopUrl("/shop/optty-return") + "\"}");
    Http.Answer link =
        Http.postJson(
            sandbox.opttyApiUrl() + "/custom/hpp",
            Payloads.opttyLink("INV-BROWSER-AGAIN"),
            "Authorization",
            OpttySandboxApiTest.bearer(clientId, "merchant"));
    assertThat(link.status()).isEqualTo(200);

    driver.get(link.text("link"));
    driver.findElement(By.id("cancel")).click();
    waitForShop();
    Map<String, String> cancelled = OpttySandboxApiTest.query(driver.getCurrentUrl());
    assertThat(cancelled).containsEntry("status", "CANCELLED");

    driver.get(link.text("link"));
    assertThat(driver.findElement(By.id("amount")).getText()).isEqualTo("119.90 AUD");
    driver.findElement(By.id("pay")).click();
    waitForShop();

    Map<String, String> paid = OpttySandboxApiTest.query(driver.getCurrentUrl());
    assertThat(paid)
        .containsEntry("status", "SUCCESSFUL")
        .containsEntry("reference", "INV-BROWSER-AGAIN");
    assertThat(paid.get("hash"))
        .isEqualTo(
            OpttySandboxApiTest.hmac("SUCCESSFUL|INV-BROWSER-AGAIN", SharedSandbox.PAYMENT_SECRET));
    assertThat(paid.get("providerReference")).isNotEqualTo(cancelled.get("providerReference"));
    String apiUser = OpttySandboxApiTest.bearer(clientId, "api-user");
    assertThat(
            Http.get(
                    sandbox.opttyApiUrl() + "/orders/" + cancelled.get("providerReference"),
                    "Authorization",
                    apiUser)
                .text("status"))
        .isEqualTo("CANCELLED");
    assertThat(
            Http.get(
                    sandbox.opttyApiUrl() + "/orders/" + paid.get("providerReference"),
                    "Authorization",
                    apiUser)
                .text("status"))
        .isEqualTo("SUCCESSFUL");
  }

  private static void waitForShop() {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(browser -> browser.getCurrentUrl().startsWith(shopUrl("/shop/")));
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
}
