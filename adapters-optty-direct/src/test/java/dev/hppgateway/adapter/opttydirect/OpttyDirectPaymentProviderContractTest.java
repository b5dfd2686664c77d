package dev.hppgateway.adapter.opttydirect;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.hppgateway.adapter.opttydirect.OpttyStubs.json;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hppgateway.application.fixtures.PaymentProviderContractTest;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantUrls;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SPI contract against a WireMock Optty that remembers nothing by itself: links are echoed from
 * the request, an order exists only once the shopper "finished" (read by the invoice number, the
 * adapter's fallback when no webhook named an order), the refund route refunds exactly the orders a
 * shopper paid, and the link route cancels.
 */
class OpttyDirectPaymentProviderContractTest extends PaymentProviderContractTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().templatingEnabled(true))
          .build();

  private static final Map<HppStatus, String> OPTTY_STATUS =
      Map.of(
          HppStatus.COMPLETED,
          "SUCCESSFUL",
          HppStatus.CANCELLED,
          "CANCELLED",
          HppStatus.FAILED,
          "DECLINED",
          HppStatus.IN_PROGRESS,
          "PENDING");

  private OpttyDirectPaymentProvider provider;

  @BeforeEach
  void startOptty() {
    OpttyStubs.tokens(wm);
    String invoice = "{{jsonPath request.body '$.invoiceNumber'}}";
    wm.stubFor(
        post(urlEqualTo("/custom/hpp"))
            .willReturn(
                json(
                        200,
                        "{\"message\":\"Get Paid link created successfully.\","
                            + "\"link\":\""
                            + wm.baseUrl()
                            + "/pay/"
                            + invoice
                            + "\",\"id\":\"link-"
                            + invoice
                            + "\","
                            + "\"QRCodeImgUrl\":\""
                            + wm.baseUrl()
                            + "/qr/"
                            + invoice
                            + ".png\"}")
                    .withTransformers("response-template")));
    wm.stubFor(
        get(urlMatching("/orders/.*"))
            .atPriority(10)
            .willReturn(
                json(
                    404,
                    "{\"statusCode\":404,\"message\":\"Order not found\",\"error\":\"Not Found\"}")));
    wm.stubFor(
        post(urlMatching("/custom/hpp/.*/cancel-or-refund"))
            .atPriority(10)
            .willReturn(
                json(200, "{\"invoiceNumber\":\"" + invoice + "\",\"status\":\"CANCELLED\"}")
                    .withTransformers("response-template")));
    provider = new OpttyDirectPaymentProvider(OpttyStubs.config(wm.baseUrl()));
  }

  @AfterEach
  void stopProvider() {
    provider.close();
  }

  @Override
  protected PaymentProvider provider() {
    return provider;
  }

  /** Optty takes no merchant URLs; the fixture's shopper has the email and phone Optty needs. */
  @Override
  protected HppSessionDraft draft() {
    HppSessionDraft draft = TestHppSessions.draft(provider.id(), MerchantUrls.none());
    draft.validateFor(provider.capabilities());
    return draft;
  }

  @Override
  protected Optional<ProviderCallback> callbackFor(
      CreatedProviderSession created, HppStatus status) {
    return Optional.of(OpttyDrafts.webhook(created.refs().paymentRef(), status));
  }

  @Override
  protected void shopperFinishes(CreatedProviderSession created, HppStatus outcome) {
    String invoice = created.refs().paymentRef();
    String status = OPTTY_STATUS.get(outcome);
    wm.stubFor(
        get(urlEqualTo("/orders/" + invoice))
            .atPriority(1)
            .willReturn(
                json(
                    200,
                    "{\"merchantReference\":\""
                        + invoice
                        + "\",\"status\":\""
                        + status
                        + "\",\"amount\":249.0,\"currency\":\"SEK\"}")));
    if (outcome == HppStatus.COMPLETED) {
      wm.stubFor(
          post(urlEqualTo("/orders/" + invoice + "/refund"))
              .atPriority(1)
              .willReturn(json(201, "{\"refundStatus\":\"SUCCESSFUL\"}")));
    }
  }

  /** An Optty shopper's cancel ends the order, not the link: the page may be paid again. */
  @Override
  protected HppStatus shopperCancelReadsAs() {
    return HppStatus.FAILED;
  }
}
