package dev.hppgateway.adapter.kustomkco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.adapter.hppv1.HppV1SandboxContractTest;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.UrlTemplate;
import dev.hppgateway.sandbox.fixtures.CallbackReceiver;
import dev.hppgateway.sandbox.fixtures.SandboxExtension;
import dev.hppgateway.sandbox.fixtures.SandboxShopper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SPI contract against the provider sandbox over real HTTP on loopback: the adapter talks to
 * the simulated KCO, order management and HPP APIs, a shopper presses the buttons of the sandbox's
 * hosted page, and the sandbox's status callbacks and pushes reach a small server standing in for
 * the gateway's callback endpoint.
 */
class KustomKcoSandboxContractTest extends HppV1SandboxContractTest {
  private static final String USERNAME = "kco-sandbox-user";
  private static final String PASSWORD = "kco-sandbox-password";
  private static final long PUSH_INTERVAL_MS = 100;

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.with(
          Map.of(
              "hpp.sandbox.kustom.username",
              USERNAME,
              "hpp.sandbox.kustom.password",
              PASSWORD,
              "hpp.sandbox.kustom.push-interval",
              PUSH_INTERVAL_MS + "ms",
              "hpp.sandbox.kustom.push-max-attempts",
              50,
              "hpp.sandbox.callbacks.retry-delay",
              "100ms",
              // A repeated acknowledge is refused as "already acknowledged" (409 NOT_ALLOWED).
              "hpp.sandbox.kustom.refuse-repeated-acknowledge",
              true));

  private static KustomKcoPaymentProvider provider;

  @BeforeAll
  static void connect() {
    provider =
        SANDBOX.closeAfterAll(
            new KustomKcoPaymentProvider(
                new KustomKcoConfig(
                    SANDBOX.server().kustomBaseUrl(),
                    USERNAME,
                    PASSWORD,
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(5),
                    "https://shop.example/terms",
                    "https://shop.example/checkout",
                    "https://shop.example/thanks")));
  }

  /**
   * As the gateway builds it: the status callback points at the gateway, per page and with a
   * secret.
   */
  @Override
  protected HppSessionDraft draft() {
    HppSessionDraft plain = TestHppSessions.draft(KustomKcoPaymentProvider.ID);
    UrlTemplate statusUpdate =
        UrlTemplate.parse(
            SANDBOX.callbacks().url(callbackPrefix(plain)), "merchant_urls.status_update");
    return new HppSessionDraft(
        plain.id(),
        plain.merchantId(),
        plain.providerId(),
        plain.merchantReference(),
        plain.order(),
        plain.merchantUrls().withStatusUpdate(statusUpdate),
        plain.options(),
        plain.shopper(),
        plain.expiresAt(),
        plain.callbackSecretHash());
  }

  private static String callbackPrefix(HppSessionDraft draft) {
    return "/callbacks/kustom-kco/" + draft.id().value() + "/s3cret";
  }

  @Override
  protected PaymentProvider provider() {
    return provider;
  }

  @Test
  void completedPageNamesItsOrder() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    String location = SHOPPER.press(created.links().redirectUrl(), SandboxShopper.PAY);
    assertThat(location)
        .isEqualTo("https://shop.example/success?sid=" + created.refs().hppSessionId());
    ProviderObservation observation = provider.readPage(PageView.of(open(draft, created)));
    assertThat(observation.normalized()).isEqualTo(HppStatus.COMPLETED);
    assertThat(observation.orderId()).isEqualTo(created.refs().paymentRef());
  }

  /**
   * What the sandbox sends back reaches the URLs the adapter derived, and the adapter reads it: the
   * status callback names the page and its status, the push (at the derived {@code /push} URL)
   * names the KCO order.
   */
  @Test
  void statusCallbackAndPushParseToThePage() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    shopperFinishes(created, HppStatus.COMPLETED);
    String prefix = callbackPrefix(draft);

    CallbackReceiver.Received status =
        SANDBOX
            .callbacks()
            .await(call -> call.uri().equals(prefix) && call.body().contains("\"COMPLETED\""), 1)
            .get(0);
    Optional<CallbackHint> statusHint =
        provider.parseCallback(new ProviderCallback("", Map.of(), status.body()));
    assertThat(statusHint)
        .get()
        .satisfies(
            hint -> {
              assertThat(hint.providerSessionId()).isEqualTo(created.refs().hppSessionId());
              assertThat(hint.rawStatus()).isEqualTo("COMPLETED");
              assertThat(hint.eventId()).isNotBlank();
            });

    CallbackReceiver.Received push =
        SANDBOX.callbacks().await(call -> call.uri().startsWith(prefix + "/push"), 1).get(0);
    assertThat(push.uri()).isEqualTo(prefix + "/push?order_id=" + created.refs().paymentRef());
    Optional<CallbackHint> pushHint =
        provider.parseCallback(
            new ProviderCallback(push.uri().substring(prefix.length()), Map.of(), push.body()));
    assertThat(pushHint)
        .get()
        .satisfies(
            hint -> {
              assertThat(hint.paymentRef()).isEqualTo(created.refs().paymentRef());
              assertThat(hint.providerSessionId()).isNull();
            });
  }

  /**
   * KCO pushes a completed order until it is acknowledged. After afterCompleted acknowledged it, at
   * most the one push already under way still arrives; acknowledging again is harmless.
   */
  @Test
  void afterCompletedAcknowledgesTheOrderAndThePushesStop() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    shopperFinishes(created, HppStatus.COMPLETED);
    String pushPath = callbackPrefix(draft) + "/push?order_id=" + created.refs().paymentRef();
    SANDBOX.callbacks().await(call -> call.uri().equals(pushPath), 2);
    HppSession session = open(draft, created);
    session.observe(provider.readPage(PageView.of(session)), Instant.now());

    assertThat(provider.completeOrder(PageView.of(session))).contains(created.refs().paymentRef());
    int pushesWhenAcknowledged =
        SANDBOX.callbacks().matching(call -> call.uri().equals(pushPath)).size();
    // Five push intervals: an unacknowledged order would be pushed about five more times.
    List<CallbackReceiver.Received> pushes =
        SANDBOX
            .callbacks()
            .matchingAfter(
                Duration.ofMillis(5 * PUSH_INTERVAL_MS), call -> call.uri().equals(pushPath));

    assertThat(pushes.size()).isLessThanOrEqualTo(pushesWhenAcknowledged + 1);
    assertThat(provider.completeOrder(PageView.of(session))).contains(created.refs().paymentRef());
  }

  /** Order management knows an order only once its checkout completed. */
  @Test
  void acknowledgingAnUnpaidOrderIsRejected() {
    HppSessionDraft draft = draft();
    HppSession session = open(draft, provider.createPage(PageRequest.of(draft)));
    assertThatThrownBy(() -> provider.completeOrder(PageView.of(session)))
        .isInstanceOf(ProviderRejectedException.class)
        .satisfies(e -> assertThat(((ProviderRejectedException) e).httpStatus()).isEqualTo(404));
  }
}
