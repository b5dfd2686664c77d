package dev.hppgateway.bootstrap.demo;

import dev.hppgateway.adapter.inmemory.InMemoryOutbox;
import dev.hppgateway.adapter.klarnakp.KlarnaKpConfig;
import dev.hppgateway.adapter.klarnakp.KlarnaKpPaymentProvider;
import dev.hppgateway.adapter.kustomkco.KustomKcoConfig;
import dev.hppgateway.adapter.kustomkco.KustomKcoPaymentProvider;
import dev.hppgateway.adapter.opttydirect.OpttyDirectConfig;
import dev.hppgateway.adapter.opttydirect.OpttyDirectPaymentProvider;
import dev.hppgateway.application.HppGateway;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.OrderLineType;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.Shopper;
import dev.hppgateway.domain.UrlKind;
import dev.hppgateway.sandbox.SandboxServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The embedded default, end to end on one machine: the framework-free core ({@link HppGateway})
 * with the real Klarna, Kustom and Optty adapters, talking HTTP to the local provider sandbox. It
 * creates one page per provider, plays the shopper on each (pay, cancel, pay), lets the providers'
 * callbacks reach the gateway, and prints the pages and the webhooks the merchant gets.
 *
 * <p>Run: {@code mvn -B -q install -DskipTests && mvn -B -q -pl bootstrap-micronaut exec:java}
 */
public final class EmbeddedDemo {
  static final MerchantId MERCHANT = MerchantId.of("demo-shop");

  /**
   * The secret in the Optty account's one webhook URL (set in Optty's portal; here, the sandbox's).
   */
  private static final String OPTTY_WEBHOOK_SECRET = "demo-optty-webhook-secret";

  private final PrintStream out;

  EmbeddedDemo(PrintStream out) {
    this.out = out;
  }

  /**
   * Returns normally when every page settled: the gateway, the sandbox and the callback receiver
   * are closed by then, so nothing keeps the JVM alive. Ends with a non-zero status otherwise.
   */
  public static void main(String[] args) {
    int status;
    try {
      List<HppSession> pages = new EmbeddedDemo(System.out).run();
      status = pages.stream().allMatch(HppSession::isFinal) ? 0 : 1;
    } catch (Exception e) {
      System.err.println("demo failed: " + e);
      status = 2;
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the whole journey and returns the pages as the gateway holds them at the end. */
  List<HppSession> run() throws IOException, InterruptedException {
    try (DemoCallbackReceiver receiver = new DemoCallbackReceiver();
        SandboxServer sandbox =
            SandboxServer.start(
                0,
                Map.of(
                    "hpp.sandbox.kustom.push-interval",
                    "2s",
                    "hpp.sandbox.optty.webhook-url",
                    CallbackUrl.forAccount(OpttyDirectPaymentProvider.ID, OPTTY_WEBHOOK_SECRET)
                        .on(receiver.baseUrl())))) {
      InMemoryOutbox outbox = new InMemoryOutbox();
      try (HppGateway gateway =
          HppGateway.builder()
              .publicBaseUrl(receiver.baseUrl())
              .provider(
                  new KlarnaKpPaymentProvider(
                      new KlarnaKpConfig(
                          sandbox.klarnaBaseUrl(), "demo-user", "demo-password", null, null, true)))
              .provider(
                  new KustomKcoPaymentProvider(
                      new KustomKcoConfig(
                          sandbox.kustomBaseUrl(),
                          "demo-user",
                          "demo-password",
                          null,
                          null,
                          "https://shop.example/terms",
                          "https://shop.example/checkout",
                          "https://shop.example/confirmation")))
              .provider(
                  new OpttyDirectPaymentProvider(
                      OpttyDirectConfig.sandbox("demo-client", "demo-secret")
                          .withBaseUrls(
                              URI.create(sandbox.opttyAuthUrl()),
                              URI.create(sandbox.opttyApiUrl()))))
              .providerCallbackSecret(OpttyDirectPaymentProvider.ID, OPTTY_WEBHOOK_SECRET)
              .outbox(outbox)
              .build()) {
        receiver.forwardTo(gateway.handleProviderCallback());
        out.println(
            "Provider sandbox on "
                + sandbox.baseUrl()
                + ", gateway callbacks on "
                + receiver.baseUrl());

        HppSession kp =
            create(
                gateway,
                "klarna-kp",
                "https://shop.example/thanks?session={{session_id}}&token={{authorization_token}}");
        HppSession kco =
            create(gateway, "kustom-kco", "https://shop.example/thanks?order={{order_id}}");
        HppSession optty = create(gateway, "optty-direct", null);

        shopperClicks(kp, "pay");
        shopperClicks(kco, "cancel");
        shopperClicks(optty, "pay");

        // Klarna's page completes first; the order placed with its authorization token follows.
        List<HppSession> settled =
            List.of(
                await(gateway, kp, page -> page.isFinal() && page.orderId() != null),
                await(gateway, kco, HppSession::isFinal),
                await(gateway, optty, HppSession::isFinal));
        out.println();
        for (HppSession page : settled) {
          out.printf(
              "%-13s %-10s (provider status %s) order %s%n",
              page.providerId(),
              page.status(),
              page.rawStatus(),
              page.orderId() == null ? "-" : page.orderId());
        }
        out.println();
        out.println("Webhooks waiting in the outbox for the merchant:");
        for (OutboxMessage message : outbox.all()) {
          out.println("  " + message.type() + "  " + message.payload());
        }
        return settled;
      }
    }
  }

  private HppSession create(HppGateway gateway, String provider, String successUrl) {
    OrderLine shoes = OrderLine.of(OrderLineType.PHYSICAL, "Running shoes", 1, 129_900, 2500);
    OrderLine shipping = OrderLine.of(OrderLineType.SHIPPING_FEE, "Shipping", 1, 4_900, 2500);
    PaymentOrder order =
        new PaymentOrder(
            Money.of(134_800, "SEK"),
            Money.of(shoes.totalTaxAmount() + shipping.totalTaxAmount(), "SEK"),
            List.of(shoes, shipping),
            "SE",
            "sv-SE");
    MerchantUrls urls =
        successUrl == null
            ? MerchantUrls.none()
            : MerchantUrls.parse(Map.of(UrlKind.SUCCESS, successUrl));
    HppSession page =
        gateway
            .createHppSession()
            .create(
                new CreateHppSessionCommand(
                    MERCHANT,
                    ProviderId.of(provider),
                    "demo-order-" + provider,
                    order,
                    urls,
                    null,
                    new Shopper("shopper@example.com", "+46701234567", "SE"),
                    null,
                    null))
            .session();
    out.printf(
        "created %-13s %s  %s  expires %s%n",
        provider, page.id(), page.links().redirectUrl(), page.expiresAt());
    return page;
  }

  /** What a shopper's browser does on the hosted page: post the button's form. */
  private void shopperClicks(HppSession page, String button)
      throws IOException, InterruptedException {
    HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<Void> answer =
        browser.send(
            HttpRequest.newBuilder(URI.create(page.links().redirectUrl() + "/" + button))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
    out.printf(
        "shopper pressed %-7s on %-13s → HTTP %d %s%n",
        button,
        page.providerId(),
        answer.statusCode(),
        answer.headers().firstValue("Location").orElse(""));
  }

  /** Callbacks arrive asynchronously; wait a little for the page to settle. */
  private static HppSession await(
      HppGateway gateway, HppSession page, Predicate<HppSession> settled)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    HppSession current = gateway.getHppSession().get(MERCHANT, page.id());
    while (!settled.test(current) && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      current = gateway.getHppSession().get(MERCHANT, page.id());
    }
    return current;
  }
}
