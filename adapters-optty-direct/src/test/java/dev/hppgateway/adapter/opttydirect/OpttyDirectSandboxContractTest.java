package dev.hppgateway.adapter.opttydirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.PaymentProviderContractTest;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.CancelRequest;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.RefundRequest;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.sandbox.SandboxServer;
import dev.hppgateway.sandbox.fixtures.SandboxExtension;
import dev.hppgateway.sandbox.fixtures.SandboxShopper;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SPI contract against the provider sandbox over real HTTP on loopback: the adapter gets tokens
 * from the simulated auth host and calls the simulated API host, a shopper presses the buttons of
 * the link's page, and the sandbox's webhooks reach a small server standing in for the gateway's
 * callback endpoint.
 */
class OpttyDirectSandboxContractTest extends PaymentProviderContractTest {
  private static final String CLIENT_ID = "optty-sandbox-client";
  private static final String CLIENT_SECRET = "optty-sandbox-secret";
  private static final String PAYMENT_SECRET = "optty-sandbox-payment-secret";
  private static final String RETURN_URL = "https://shop.example/optty-return";
  private static final String WEBHOOK_PATH = "/callbacks/optty-direct/webhook";

  /** The page's button that ends it in each outcome the contract asks for. */
  private static final Map<HppStatus, String> BUTTONS =
      Map.of(
          HppStatus.COMPLETED,
          SandboxShopper.PAY,
          HppStatus.CANCELLED,
          SandboxShopper.CANCEL,
          HppStatus.FAILED,
          SandboxShopper.DECLINE);

  private static final SandboxShopper SHOPPER = new SandboxShopper();

  /** Optty has one webhook URL per account, so the sandbox is told it at start. */
  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.with(
          webhooks ->
              Map.of(
                  "hpp.sandbox.optty.client-id", CLIENT_ID,
                  "hpp.sandbox.optty.client-secret", CLIENT_SECRET,
                  "hpp.sandbox.optty.payment-secret", PAYMENT_SECRET,
                  "hpp.sandbox.optty.redirect-url", RETURN_URL,
                  "hpp.sandbox.optty.webhook-url", webhooks.url(WEBHOOK_PATH),
                  "hpp.sandbox.callbacks.retry-delay", "100ms"));

  private static OpttyDirectPaymentProvider provider;

  @BeforeAll
  static void connect() {
    SandboxServer sandbox = SANDBOX.server();
    provider =
        SANDBOX.closeAfterAll(
            new OpttyDirectPaymentProvider(
                OpttyDirectConfig.sandbox(CLIENT_ID, CLIENT_SECRET)
                    .withBaseUrls(
                        URI.create(sandbox.opttyAuthUrl()), URI.create(sandbox.opttyApiUrl()))
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
                    .withPaymentSecret(PAYMENT_SECRET)));
  }

  @Override
  protected PaymentProvider provider() {
    return provider;
  }

  /** Optty takes no merchant URLs; the fixture's shopper has the email and phone Optty needs. */
  @Override
  protected HppSessionDraft draft() {
    HppSessionDraft draft =
        TestHppSessions.draft(OpttyDirectPaymentProvider.ID, MerchantUrls.none());
    draft.validateFor(provider.capabilities());
    return draft;
  }

  @Override
  protected Optional<ProviderCallback> callbackFor(
      CreatedProviderSession created, HppStatus status) {
    return Optional.of(OpttyDrafts.webhook(created.refs().paymentRef(), status));
  }

  /**
   * The orders of each link, as the redirects named them ({@code providerReference}): the gateway
   * keeps the orders webhooks and redirects name, and the sandbox never reads an invoice number as
   * an order.
   */
  private static final Map<String, List<String>> ORDERS = new ConcurrentHashMap<>();

  @Override
  protected void shopperFinishes(CreatedProviderSession created, HppStatus outcome) {
    press(created, BUTTONS.get(outcome));
  }

  private static String press(CreatedProviderSession created, String button) {
    String location = SHOPPER.press(created.links().redirectUrl(), button);
    String order = query(location).get("providerReference");
    ORDERS
        .computeIfAbsent(created.refs().paymentRef(), k -> new CopyOnWriteArrayList<>())
        .add(order);
    return location;
  }

  /** The page as the gateway keeps it: with the orders it was told of. */
  @Override
  protected HppSession open(HppSessionDraft draft, CreatedProviderSession created) {
    HppSession session = super.open(draft, created);
    ORDERS
        .getOrDefault(created.refs().paymentRef(), List.of())
        .forEach(order -> session.recordProviderPaymentRef(order, Instant.now()));
    return session;
  }

  /** An Optty shopper's cancel ends the order, not the link: the page may be paid again. */
  @Override
  protected HppStatus shopperCancelReadsAs() {
    return HppStatus.FAILED;
  }

  /**
   * Cancel on Optty's page, then pay on the same link: the first order reads FAILED (retry
   * allowed), the second order pays the page, and its webhooks name both orders.
   */
  @Test
  void shopperCancelsThenPaysTheSameLink() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    press(created, SandboxShopper.CANCEL);
    ProviderObservation afterCancel = provider.readPage(PageView.of(open(draft, created)));
    assertThat(afterCancel.normalized()).isEqualTo(HppStatus.FAILED);
    assertThat(afterCancel.raw()).isEqualTo("CANCELLED");

    press(created, SandboxShopper.PAY);
    HppSession session = open(draft, created);
    assertThat(session.providerPaymentRefs()).hasSize(2).doesNotHaveDuplicates();
    assertThat(provider.readPage(PageView.of(session)).normalized()).isEqualTo(HppStatus.COMPLETED);
    for (String order : session.providerPaymentRefs()) {
      CallbackHint hint =
          SANDBOX
              .callbacks()
              .await(
                  call ->
                      call.uri().equals(WEBHOOK_PATH)
                          && call.body().contains("\"orderReference\":\"" + order + "\""),
                  1)
              .stream()
              .map(
                  call ->
                      provider
                          .parseCallback(new ProviderCallback("", Map.of(), call.body()))
                          .orElseThrow())
              .findFirst()
              .orElseThrow();
      assertThat(hint.providerPaymentRef()).isEqualTo(order);
      assertThat(hint.paymentRef()).isEqualTo(created.refs().paymentRef());
    }
  }

  /** The invoice number alone is not an order at the sandbox: only the named orders are read. */
  @Test
  void aPaidLinkWithoutKnownOrdersIsNotReadAsPaidByItsInvoiceNumber() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    SHOPPER.press(created.links().redirectUrl(), SandboxShopper.PAY);
    HppSession withoutOrders = super.open(draft, created);

    assertThat(provider.readPage(PageView.of(withoutOrders)).normalized())
        .isEqualTo(HppStatus.WAITING);
  }

  @Test
  void declinedPageReadsAsFailed() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    shopperFinishes(created, HppStatus.FAILED);
    ProviderObservation observation = provider.readPage(PageView.of(open(draft, created)));
    assertThat(observation.normalized()).isEqualTo(HppStatus.FAILED);
    assertThat(observation.raw()).isEqualTo("DECLINED");
  }

  /** Opening the link creates the order at Optty; until then there is none to read. */
  @Test
  void openedLinkReadsAsInProgress() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    assertThat(SHOPPER.buttons(created.links().redirectUrl())).contains("pay", "cancel", "decline");
    HppSession session = open(draft, created);
    session.recordProviderPaymentRef(
        webhookHints(created.refs().paymentRef(), 1).get(0).providerPaymentRef(), Instant.now());
    ProviderObservation observation = provider.readPage(PageView.of(session));
    assertThat(observation.normalized()).isEqualTo(HppStatus.IN_PROGRESS);
    assertThat(observation.raw()).isEqualTo("INITIATED");
  }

  /**
   * The shopper comes back with a hash the adapter's verifier accepts, and only for what was
   * signed.
   */
  @Test
  void payRedirectCarriesAHashTheVerifierAccepts() {
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft()));
    String location = SHOPPER.press(created.links().redirectUrl(), SandboxShopper.PAY);

    assertThat(location).startsWith(RETURN_URL + "?");
    Map<String, String> parameters = query(location);
    assertThat(parameters)
        .containsEntry("reference", created.refs().paymentRef())
        .containsEntry("status", "SUCCESSFUL");
    assertThat(provider.verifyRedirect(parameters)).isTrue();
    Map<String, String> forged = new HashMap<>(parameters);
    forged.put("status", "CANCELLED");
    assertThat(provider.verifyRedirect(forged)).isFalse();
  }

  /** Refund after Pay: the answer, a later read and the webhooks all say REFUNDED. */
  @Test
  void paidLinkIsRefundedAndReadsAsRefunded() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    String invoice = created.refs().paymentRef();
    shopperFinishes(created, HppStatus.COMPLETED);
    HppSession session = open(draft, created);

    ProviderObservation refunded =
        provider.refund(
            PageView.of(session),
            new RefundRequest(session.amount(), session.id() + "-refund", null));

    assertThat(refunded.normalized()).isEqualTo(HppStatus.REFUNDED);
    assertThat(provider.readPage(PageView.of(session)).normalized()).isEqualTo(HppStatus.REFUNDED);
    assertThat(webhookStatuses(invoice, 3)).contains("INITIATED", "SUCCESSFUL", "REFUNDED");
  }

  /** Cancel before Pay: CANCELLED, and the shopper's page offers no button any more. */
  @Test
  void unpaidLinkIsCancelledAndCanNoLongerBePaid() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    HppSession session = open(draft, created);

    ProviderObservation cancelled =
        provider.cancel(PageView.of(session), new CancelRequest(session.id() + "-cancel", null));

    assertThat(cancelled.normalized()).isEqualTo(HppStatus.CANCELLED);
    assertThat(SHOPPER.buttons(created.links().redirectUrl())).isEmpty();
  }

  /**
   * Cancel after the shopper opened the link: the link is CANCELLED, its order in progress is
   * cancelled with it (an order's CANCELLED reads as a failed attempt; the gateway's page stays
   * CANCELLED, a final state), and the shopper's page offers no button any more.
   */
  @Test
  void openedLinkIsCancelledAndItsOrderEnds() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    SHOPPER.buttons(created.links().redirectUrl());
    String order = webhookHints(created.refs().paymentRef(), 1).get(0).providerPaymentRef();
    HppSession session = open(draft, created);
    session.recordProviderPaymentRef(order, Instant.now());

    ProviderObservation cancelled =
        provider.cancel(PageView.of(session), new CancelRequest(session.id() + "-cancel", null));

    assertThat(cancelled.normalized()).isEqualTo(HppStatus.CANCELLED);
    ProviderObservation read = provider.readPage(PageView.of(session));
    assertThat(read.normalized()).isEqualTo(HppStatus.FAILED);
    assertThat(read.raw()).isEqualTo("CANCELLED");
    assertThat(SHOPPER.buttons(created.links().redirectUrl())).isEmpty();
  }

  /** A cancel on a paid link is a 409 and refunds nothing. */
  @Test
  void paidLinkIsNeverCancelled() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    shopperFinishes(created, HppStatus.COMPLETED);
    HppSession session = open(draft, created);

    assertThatThrownBy(
            () ->
                provider.cancel(
                    PageView.of(session), new CancelRequest(session.id() + "-cancel", null)))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(409));
    assertThat(provider.readPage(PageView.of(session)).normalized()).isEqualTo(HppStatus.COMPLETED);
  }

  /** A retried refund (same reference) is answered, not paid twice. */
  @Test
  void aRetriedRefundIsNotPaidTwice() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    shopperFinishes(created, HppStatus.COMPLETED);
    HppSession session = open(draft, created);
    RefundRequest refund = new RefundRequest(session.amount(), session.id() + "-refund", null);

    assertThat(provider.refund(PageView.of(session), refund).normalized())
        .isEqualTo(HppStatus.REFUNDED);
    assertThat(provider.refund(PageView.of(session), refund).normalized())
        .isEqualTo(HppStatus.REFUNDED);
    assertThatThrownBy(
            () ->
                provider.refund(
                    PageView.of(session),
                    new RefundRequest(session.amount(), session.id() + "-other", null)))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(409));
  }

  private List<CallbackHint> webhookHints(String invoice, int count) {
    return SANDBOX
        .callbacks()
        .await(
            call ->
                call.uri().equals(WEBHOOK_PATH)
                    && call.body().contains("\"invoiceNumber\":\"" + invoice + "\""),
            count)
        .stream()
        .map(
            call ->
                provider
                    .parseCallback(new ProviderCallback("", Map.of(), call.body()))
                    .orElseThrow())
        .toList();
  }

  /**
   * Waits for {@code count} webhooks about {@code invoice}; returns the raw statuses the adapter
   * reads from them.
   */
  private List<String> webhookStatuses(String invoice, int count) {
    List<CallbackHint> hints =
        SANDBOX
            .callbacks()
            .await(
                call ->
                    call.uri().equals(WEBHOOK_PATH)
                        && call.body().contains("\"invoiceNumber\":\"" + invoice + "\""),
                count)
            .stream()
            .map(
                call ->
                    provider
                        .parseCallback(new ProviderCallback("", Map.of(), call.body()))
                        .orElseThrow())
            .toList();
    assertThat(hints).extracting(CallbackHint::paymentRef).containsOnly(invoice);
    return hints.stream().map(CallbackHint::rawStatus).toList();
  }

  private static Map<String, String> query(String url) {
    Map<String, String> parameters = new HashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      parameters.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return parameters;
  }
}
