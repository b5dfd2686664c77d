package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.adapter.providerhttp.PathSegment;
import dev.hppgateway.adapter.providerhttp.ProviderHttpAnswer;
import dev.hppgateway.adapter.providerhttp.ProviderHttpClient;
import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.DistributionRequest;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.DistributionMethod;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.Shopper;
import dev.hppgateway.domain.UrlKind;
import dev.hppgateway.domain.UrlTemplate;
import io.micronaut.http.HttpMethod;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Hosted Payment Page API v1, shared by Klarna Payments and Kustom Checkout (PROVIDERS.md §1):
 * create, read, disable, distribute, and the status callback it sends.
 */
final class HppSessionsClient {
  private static final String SESSIONS = "/hpp/v1/sessions";

  private final ProviderHttpClient http;

  HppSessionsClient(ProviderHttpClient http) {
    this.http = http;
  }

  /** {@code POST /hpp/v1/sessions}. */
  HppCreatedSession create(HppPageRequest request) {
    String op = "create HPP session";
    CreatedHppSessionAnswer answer =
        http.call(op, HttpMethod.POST, SESSIONS, body(request), CreatedHppSessionAnswer.class);
    CreatedHppSessionAnswer.DistributionModuleAnswer module = answer.distributionModule();
    return new HppCreatedSession(
        http.required(answer.sessionId(), "session_id", op),
        answer.sessionUrl(),
        http.required(answer.redirectUrl(), "redirect_url", op),
        answer.qrCodeUrl(),
        answer.distributionUrl(),
        instant(answer.expiresAt(), "expires_at", op),
        module == null
            ? null
            : new HppCreatedSession.DistributionModule(
                module.token(), module.standaloneUrl(), module.generationUrl()),
        answer.manualIdentificationCheckUrl());
  }

  /**
   * {@code GET /hpp/v1/sessions/{id}} at the documented path; see {@link #read(String, String)}.
   */
  Optional<HppSessionState> read(String hppSessionId) {
    return read(hppSessionId, null);
  }

  /**
   * Reads the page at the {@code session_url} the create answered when it is on the configured
   * host, at the documented {@code /hpp/v1/sessions/{id}} otherwise; empty when the API answers
   * 404.
   */
  Optional<HppSessionState> read(String hppSessionId, String sessionUrl) {
    String op = "read HPP session";
    ProviderHttpAnswer answer =
        http.exchange(op, HttpMethod.GET, pagePath(hppSessionId, sessionUrl), null);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    if (!answer.isSuccess()) {
      throw http.failure(op, answer);
    }
    HppSessionAnswer session = http.decode(op, answer, HppSessionAnswer.class);
    return Optional.of(
        new HppSessionState(
            session.sessionId() == null ? hppSessionId : session.sessionId(),
            http.required(session.status(), "status", op),
            session.authorizationToken(),
            session.orderId(),
            session.klarnaReference()));
  }

  /**
   * The page's observation. A 404 once the page's {@code expires_at} has passed means the API
   * forgot an expired page: EXPIRED with raw status NOT_FOUND. A 404 before it cannot be an expiry:
   * the page may still be paid, so it is "unavailable, retry", never EXPIRED.
   *
   * @param expiresAt the page's expiry; null counts as not yet passed
   * @throws ProviderUnavailableException on a 404 before {@code expiresAt}
   */
  ProviderObservation observe(
      String hppSessionId, String sessionUrl, Instant expiresAt, Instant now) {
    Optional<HppSessionState> state = read(hppSessionId, sessionUrl);
    if (state.isPresent()) {
      return state.get().observation();
    }
    if (expiresAt != null && !now.isBefore(expiresAt)) {
      return HppStatusMapping.gone();
    }
    throw new ProviderUnavailableException(
        http.provider(),
        "read HPP session: not found (HTTP 404) before the page's expires_at; retry later",
        null,
        null,
        null);
  }

  /**
   * {@code DELETE} of the page at its {@code session_url} (on the configured host) or the
   * documented path: 204; a completed page answers 400 (rejected).
   */
  void disable(String hppSessionId, String sessionUrl) {
    http.call(
        "disable HPP session",
        HttpMethod.DELETE,
        pagePath(hppSessionId, sessionUrl),
        null,
        Void.class);
  }

  /** {@code DELETE /hpp/v1/sessions/{id}} at the documented path. */
  void disable(String hppSessionId) {
    disable(hppSessionId, null);
  }

  /**
   * {@code POST …/distribution} (201 or 204). Uses the distribution URL the create answer gave when
   * it is on the configured host, the documented path otherwise.
   */
  void distribute(String hppSessionId, String distributionUrl, DistributionRequest request) {
    String path = http.pathOnOwnHost(distributionUrl);
    if (path == null) {
      path = sessionPath(hppSessionId) + "/distribution";
    }
    http.call(
        "distribute HPP session", HttpMethod.POST, path, distributionBody(request), Void.class);
  }

  /**
   * Reads a status callback {@code {event_id, session:{session_id, status, …}}} into a hint.
   *
   * @throws ProviderMalformedAnswerException when the body is not such a callback
   */
  CallbackHint parseStatusCallback(String body) {
    String what = "read status callback";
    StatusCallbackBody callback = http.decode(what, body, StatusCallbackBody.class);
    if (callback.session() == null) {
      throw new ProviderMalformedAnswerException(
          http.provider(), what + ": no session object", null, null);
    }
    String sessionId = http.required(callback.session().sessionId(), "session.session_id", what);
    String status = callback.session().status();
    return new CallbackHint(
        callback.eventId(), sessionId, null, status, HppStatusMapping.normalize(status));
  }

  /**
   * The path of the page's own {@code session_url} when it is on the configured host (credentials
   * never go elsewhere), the documented {@code /hpp/v1/sessions/{id}} otherwise.
   */
  private String pagePath(String hppSessionId, String sessionUrl) {
    String own = http.pathOnOwnHost(sessionUrl);
    return own != null ? own : sessionPath(hppSessionId);
  }

  static String sessionPath(String hppSessionId) {
    return SESSIONS + "/" + PathSegment.encode(hppSessionId);
  }

  private static CreateHppSessionBody body(HppPageRequest request) {
    MerchantUrls urls = request.merchantUrls();
    CreateHppSessionBody.MerchantUrlsBody merchantUrls =
        urls.asMap().isEmpty()
            ? null
            : new CreateHppSessionBody.MerchantUrlsBody(
                raw(urls, UrlKind.SUCCESS),
                raw(urls, UrlKind.CANCEL),
                raw(urls, UrlKind.BACK),
                raw(urls, UrlKind.FAILURE),
                raw(urls, UrlKind.ERROR),
                raw(urls, UrlKind.STATUS_UPDATE));
    HppV1Options o = HppV1Options.read(request.options());
    List<CreateHppSessionBody.BackgroundImageBody> images =
        o.backgroundImages().stream()
            .map(i -> new CreateHppSessionBody.BackgroundImageBody(i.url(), i.width()))
            .toList();
    CreateHppSessionBody.OptionsBody options =
        new CreateHppSessionBody.OptionsBody(
            images.isEmpty() ? null : images,
            o.logoUrl(),
            o.pageTitle(),
            o.paymentMethodCategories().isEmpty() ? null : o.paymentMethodCategories(),
            o.paymentMethodCategory(),
            request.placeOrderMode() == null ? null : request.placeOrderMode().name(),
            o.purchaseType(),
            o.hideSubtotalDetail() ? "HIDE" : null);
    boolean noOptions =
        images.isEmpty()
            && o.logoUrl() == null
            && o.pageTitle() == null
            && o.paymentMethodCategories().isEmpty()
            && o.paymentMethodCategory() == null
            && request.placeOrderMode() == null
            && o.purchaseType() == null
            && !o.hideSubtotalDetail();
    return new CreateHppSessionBody(
        request.paymentSessionUrl(), merchantUrls, noOptions ? null : options, o.profileId());
  }

  /** The URL as the merchant wrote it: the provider fills the {{placeholders}}, not us. */
  private static String raw(MerchantUrls urls, UrlKind kind) {
    return urls.get(kind).map(UrlTemplate::raw).orElse(null);
  }

  private static DistributionBody distributionBody(DistributionRequest request) {
    Shopper contact = request.contact();
    if (request.method() == DistributionMethod.SMS) {
      if (contact.phone() == null || contact.phoneCountry() == null) {
        throw new DomainValidationException(
            "shopper.phone", "sms distribution needs phone and phone_country");
      }
      return new DistributionBody(
          "sms",
          new DistributionBody.ContactInformation(null, contact.phone(), contact.phoneCountry()));
    }
    if (contact.email() == null) {
      throw new DomainValidationException(
          "shopper.email", "email distribution needs an email address");
    }
    return new DistributionBody(
        request.method().name().toLowerCase(Locale.ROOT),
        new DistributionBody.ContactInformation(contact.email(), null, null));
  }

  private Instant instant(String value, String field, String op) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new ProviderMalformedAnswerException(
          http.provider(), op + ": " + field + " is not an ISO-8601 instant", null, null);
    }
  }
}
