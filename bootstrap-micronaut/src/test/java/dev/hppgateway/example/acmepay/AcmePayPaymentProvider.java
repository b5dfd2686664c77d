package dev.hppgateway.example.acmepay;

import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Placeholder;
import dev.hppgateway.domain.PlaceholderRule;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.ProviderRefs;
import dev.hppgateway.domain.ShopperLinks;
import dev.hppgateway.domain.UrlKind;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A minimal fourth provider, "Acme Pay" (a made-up payment-link API), written against the SPI's
 * required part only (create, read, parse a callback): it implements no optional capability, so
 * the core answers "not supported" for disable, distribution, refund and cancel without calling
 * it. The core learns about it when it is handed to {@code HppGateway.builder().provider(...)}
 * (or to the service's provider registry), and domain/application do not change.
 * See docs/adding-a-provider.md.
 */
public final class AcmePayPaymentProvider implements PaymentProvider {
  public static final ProviderId ID = ProviderId.of("acme-pay");
  private static final Map<String, HppStatus> STATUSES = Map.of(
      "open", HppStatus.WAITING, "paying", HppStatus.IN_PROGRESS, "paid", HppStatus.COMPLETED,
      "declined", HppStatus.FAILED, "cancelled", HppStatus.CANCELLED, "closed", HppStatus.DISABLED);

  private final AcmePayConfig config;
  private final HttpClient client;
  private final BlockingHttpClient http;
  private final ObjectMapper json = ObjectMapper.getDefault();

  public AcmePayPaymentProvider(AcmePayConfig config) {
    this.config = config;
    DefaultHttpClientConfiguration settings = new DefaultHttpClientConfiguration();
    settings.setReadTimeout(Duration.ofSeconds(5));
    settings.setExceptionOnErrorStatus(false);
    try {
      this.client = HttpClient.create(new URL(config.baseUrl()), settings);
      this.http = client.toBlocking();
    } catch (IOException e) {
      throw new IllegalArgumentException("acme-pay: bad base URL", e);
    }
  }

  @Override
  public ProviderId id() {
    return ID;
  }

  /** Step 4: say exactly what Acme can do; the core refuses the rest with a clear error. */
  @Override
  public ProviderCapabilities capabilities() {
    return ProviderCapabilities.builder()
        .urlKinds(EnumSet.of(UrlKind.SUCCESS))
        .placeholder(PlaceholderRule.in(Placeholder.SESSION_ID, EnumSet.of(UrlKind.SUCCESS)))
        // Acme links live 24 h; the page stops an hour earlier so no shopper starts paying a dying link.
        .pageLifetime(Duration.ofHours(23))
        .build();
  }

  @Override
  public CreatedProviderSession createPage(PageRequest draft) {
    String returnUrl = draft.merchantUrls().get(UrlKind.SUCCESS).map(Object::toString).orElse(null);
    AcmeLinkBody body = new AcmeLinkBody(draft.order().amount().minorUnits(), draft.order().currencyCode(),
        draft.id().value(), returnUrl);
    AcmeLinkAnswer link = call(HttpRequest.POST("/links", bytes(body)).contentType(MediaType.APPLICATION_JSON));
    return new CreatedProviderSession(new ProviderRefs(link.id(), link.id()),
        new ShopperLinks(link.url(), null, null), link.status(), null);
  }

  @Override
  public ProviderObservation readPage(PageView session) {
    AcmeLinkAnswer link = call(HttpRequest.GET("/links/" + session.providerRefs().hppSessionId()));
    return ProviderObservation.of(STATUSES.getOrDefault(link.status(), HppStatus.UNKNOWN), link.status());
  }

  /** Acme posts {@code <link id>:<status>}; a hint only, the core reads the link before acting. */
  @Override
  public Optional<CallbackHint> parseCallback(ProviderCallback callback) {
    String[] parts = callback.body().trim().split(":");
    if (parts.length != 2) {
      throw new ProviderMalformedAnswerException(ID, "callback is not '<link id>:<status>'", null, null);
    }
    return Optional.of(new CallbackHint(null, parts[0], null, parts[1], STATUSES.getOrDefault(parts[1], HppStatus.UNKNOWN)));
  }

  /** Step 6: release the HTTP client; the gateway closes its providers when it closes. */
  @Override
  public void close() {
    client.close();
  }

  /** Step 5: every failure becomes one of the three provider exception kinds, with no secret in it. */
  private AcmeLinkAnswer call(io.micronaut.http.MutableHttpRequest<?> request) {
    request.header("X-Api-Key", config.apiKey());
    HttpResponse<byte[]> response;
    try {
      response = http.exchange(request, Argument.of(byte[].class), Argument.of(byte[].class));
    } catch (HttpClientException e) {
      throw new ProviderUnavailableException(ID, "no answer: " + e.getClass().getSimpleName(), null, null, null);
    }
    int status = response.code();
    if (status >= 500 || status == 429) {
      throw new ProviderUnavailableException(ID, "HTTP " + status, null, null, null);
    }
    if (status >= 400) {
      throw new ProviderRejectedException(ID, status, null, List.of(), null);
    }
    try {
      byte[] body = response.getBody().orElse(new byte[0]);
      AcmeLinkAnswer answer = json.readValue(body, AcmeLinkAnswer.class);
      if (answer == null || answer.id() == null || answer.status() == null) {
        throw new IOException("id or status missing");
      }
      return answer;
    } catch (IOException e) {
      throw new ProviderMalformedAnswerException(ID, "unreadable link answer: " + e.getMessage(), null, null);
    }
  }

  private byte[] bytes(Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
    }
  }
}
