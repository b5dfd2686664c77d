package com.example.shop;

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
import dev.hppgateway.domain.HppStatus;
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
 * A shop using hpp-gateway as a library: one page on each of Klarna Payments, Kustom Checkout and
 * Optty Direct (here their local sandbox), a shopper who pays, cancels and pays, the providers'
 * callbacks handed to the gateway, and the final states read back. Everything is closed by
 * try-with-resources and {@code main} simply returns: the JVM ends on its own.
 */
public final class EmbeddedShop {
  private static final MerchantId SHOP = MerchantId.of("embedded-shop");
  private static final String OPTTY_WEBHOOK_SECRET = "shop-optty-webhook-secret";

  public static void main(String[] args) throws Exception {
    InMemoryOutbox outbox = new InMemoryOutbox(); // the webhooks the shop's back office would get
    try (CallbackReceiver receiver = new CallbackReceiver();
        SandboxServer sandbox =
            SandboxServer.start(
                0,
                Map.of(
                    "hpp.sandbox.kustom.push-interval",
                    "1s",
                    "hpp.sandbox.optty.webhook-url",
                    CallbackUrl.forAccount(OpttyDirectPaymentProvider.ID, OPTTY_WEBHOOK_SECRET)
                        .on(receiver.baseUrl())));
        HppGateway gateway =
            HppGateway.builder()
                .publicBaseUrl(receiver.baseUrl())
                .provider(
                    new KlarnaKpPaymentProvider(
                        new KlarnaKpConfig(
                            sandbox.klarnaBaseUrl(),
                            "shop-user",
                            "shop-password",
                            null,
                            null,
                            true)))
                .provider(
                    new KustomKcoPaymentProvider(
                        new KustomKcoConfig(
                            sandbox.kustomBaseUrl(),
                            "shop-user",
                            "shop-password",
                            null,
                            null,
                            "https://shop.example/terms",
                            "https://shop.example/checkout",
                            "https://shop.example/confirmation")))
                .provider(
                    new OpttyDirectPaymentProvider(
                        OpttyDirectConfig.sandbox("shop-client", "shop-secret")
                            .withBaseUrls(
                                URI.create(sandbox.opttyAuthUrl()),
                                URI.create(sandbox.opttyApiUrl()))))
                .providerCallbackSecret(OpttyDirectPaymentProvider.ID, OPTTY_WEBHOOK_SECRET)
                .outbox(outbox)
                .build()) {
      receiver.forwardTo(gateway.handleProviderCallback());

      HppSession kp =
          create(gateway, "klarna-kp", "https://shop.example/thanks?token={{authorization_token}}");
      HppSession kco = create(gateway, "kustom-kco", "https://shop.example/thanks?o={{order_id}}");
      HppSession optty = create(gateway, "optty-direct", null);

      shopperPresses(kp, "pay");
      shopperPresses(kco, "cancel");
      shopperPresses(optty, "pay");

      List<HppSession> pages =
          List.of(
              await(gateway, kp, page -> page.isFinal() && page.orderId() != null),
              await(gateway, kco, HppSession::isFinal),
              await(gateway, optty, HppSession::isFinal));
      for (HppSession page : pages) {
        System.out.printf(
            "final %s %s order %s%n", page.providerId(), page.status(), page.orderId());
      }
      for (OutboxMessage message : outbox.all()) {
        System.out.println("webhook " + message.type());
      }
      List<HppStatus> expected =
          List.of(HppStatus.COMPLETED, HppStatus.CANCELLED, HppStatus.COMPLETED);
      if (!pages.stream().map(HppSession::status).toList().equals(expected)
          || pages.get(0).orderId() == null) {
        throw new IllegalStateException("the pages did not end as the shopper left them: " + pages);
      }
    }
    System.out.println("embedded-shop done, returning from main");
  }

  private static HppSession create(HppGateway gateway, String provider, String successUrl) {
    OrderLine shoes = OrderLine.of(OrderLineType.PHYSICAL, "Running shoes", 1, 129_900, 2500);
    PaymentOrder order =
        new PaymentOrder(
            Money.of(129_900, "SEK"),
            Money.of(shoes.totalTaxAmount(), "SEK"),
            List.of(shoes),
            "SE",
            "sv-SE");
    HppSession page =
        gateway
            .createHppSession()
            .create(
                new CreateHppSessionCommand(
                    SHOP,
                    ProviderId.of(provider),
                    "order-" + provider,
                    order,
                    successUrl == null
                        ? MerchantUrls.none()
                        : MerchantUrls.parse(Map.of(UrlKind.SUCCESS, successUrl)),
                    null,
                    new Shopper("shopper@example.com", "+46701234567", "SE"),
                    null,
                    null))
            .session();
    System.out.println("created " + provider + " page " + page.links().redirectUrl());
    return page;
  }

  /** What the shopper's browser does on the hosted page: post the button's form. */
  private static void shopperPresses(HppSession page, String button) throws Exception {
    HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<Void> answer =
        browser.send(
            HttpRequest.newBuilder(URI.create(page.links().redirectUrl() + "/" + button))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (answer.statusCode() >= 400) {
      throw new IllegalStateException(button + " on " + page.providerId() + ": " + answer);
    }
  }

  /** Callbacks arrive asynchronously: read the page until it settles (at most 20 s). */
  private static HppSession await(
      HppGateway gateway, HppSession page, Predicate<HppSession> settled)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    HppSession current = gateway.getHppSession().get(SHOP, page.id());
    while (!settled.test(current) && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      current = gateway.getHppSession().get(SHOP, page.id());
    }
    return current;
  }
}
