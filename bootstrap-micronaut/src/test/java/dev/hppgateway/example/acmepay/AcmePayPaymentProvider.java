package dev.hppgateway.example.acmepay;

import dev.hppgateway.adapter.providerhttp.ProviderAuth;
import dev.hppgateway.adapter.providerhttp.ProviderConnection;
import dev.hppgateway.adapter.providerhttp.ProviderErrorReader;
import dev.hppgateway.adapter.providerhttp.ProviderHttpClient;
import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Placeholder;
import dev.hppgateway.domain.PlaceholderRule;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.ProviderRefs;
import dev.hppgateway.domain.ShopperLinks;
import dev.hppgateway.domain.UrlKind;
import dev.hppgateway.domain.UrlTemplate;
import io.micronaut.http.HttpMethod;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * A minimal fourth provider, "Acme Pay" (a made-up payment-link API), written against the SPI's
 * required part only (create, read, parse a callback): it implements no optional capability, so the
 * core answers "not supported" for disable, distribution, refund and cancel without calling it. Its
 * HTTP calls go through the shared provider HTTP client, which maps every failure to one of the
 * three provider exception kinds. The core learns about it when it is handed to {@code
 * HppGateway.builder().provider(...)} (or to the service's provider registry), and
 * domain/application do not change. See docs/adding-a-provider.md.
 */
public final class AcmePayPaymentProvider implements PaymentProvider {
  public static final ProviderId ID = ProviderId.of("acme-pay");
  private static final Map<String, HppStatus> STATUSES =
      Map.of(
          "open",
          HppStatus.WAITING,
          "paying",
          HppStatus.IN_PROGRESS,
          "paid",
          HppStatus.COMPLETED,
          "declined",
          HppStatus.FAILED,
          "cancelled",
          HppStatus.CANCELLED,
          "closed",
          HppStatus.DISABLED);

  /** Step 4: say exactly what Acme accepts; the core refuses the rest with a clear error. */
  private static final ProviderCapabilities CAPABILITIES =
      ProviderCapabilities.builder()
          .urlKinds(EnumSet.of(UrlKind.SUCCESS))
          .placeholder(PlaceholderRule.in(Placeholder.SESSION_ID, EnumSet.of(UrlKind.SUCCESS)))
          // Acme links live 24 h; the page stops an hour earlier so no shopper starts paying a
          // dying link.
          .pageLifetime(Duration.ofHours(23))
          .build();

  private final ProviderHttpClient http;
  private final Map<String, String> apiKey;

  public AcmePayPaymentProvider(AcmePayConfig config) {
    // Acme sends no error body worth reading; its key travels in a header of its own.
    this.http =
        new ProviderHttpClient(
            new ProviderConnection(
                ID, config.baseUrl(), ProviderAuth.none(), null, Duration.ofSeconds(5)),
            ProviderErrorReader.NONE);
    this.apiKey = Map.of("X-Api-Key", config.apiKey());
  }

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public ProviderCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public CreatedProviderSession createPage(PageRequest page) {
    String returnUrl = page.merchantUrls().get(UrlKind.SUCCESS).map(UrlTemplate::raw).orElse(null);
    AcmeLinkBody body =
        new AcmeLinkBody(
            page.order().amount().minorUnits(),
            page.order().currencyCode(),
            page.id().value(),
            returnUrl);
    AcmeLinkAnswer link =
        link(
            "create link",
            http.call(
                "create link", HttpMethod.POST, "/links", body, AcmeLinkAnswer.class, apiKey));
    return new CreatedProviderSession(
        new ProviderRefs(link.id(), link.id()),
        new ShopperLinks(link.url(), null, null),
        link.status(),
        null);
  }

  @Override
  public ProviderObservation readPage(PageView page) {
    String path = "/links/" + page.providerRefs().hppSessionId();
    AcmeLinkAnswer link =
        link(
            "read link",
            http.call("read link", HttpMethod.GET, path, null, AcmeLinkAnswer.class, apiKey));
    return ProviderObservation.of(
        STATUSES.getOrDefault(link.status(), HppStatus.UNKNOWN), link.status());
  }

  /** Acme posts {@code <link id>:<status>}; a hint only, the core reads the link before acting. */
  @Override
  public Optional<CallbackHint> parseCallback(ProviderCallback callback) {
    String[] parts = callback.body().trim().split(":");
    if (parts.length != 2) {
      throw new ProviderMalformedAnswerException(
          ID, "callback is not '<link id>:<status>'", null, null);
    }
    return Optional.of(
        new CallbackHint(
            null, parts[0], null, parts[1], STATUSES.getOrDefault(parts[1], HppStatus.UNKNOWN)));
  }

  /** Step 6: release the HTTP client; closing twice is harmless. */
  @Override
  public void close() {
    http.close();
  }

  /** Step 5: an answer without what the gateway needs is a malformed answer, never a crash. */
  private AcmeLinkAnswer link(String operation, AcmeLinkAnswer answer) {
    http.required(answer.id(), "id", operation);
    http.required(answer.status(), "status", operation);
    return answer;
  }
}
