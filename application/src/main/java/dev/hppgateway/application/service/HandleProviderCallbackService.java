package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.HandleProviderCallbackUseCase;
import dev.hppgateway.application.port.in.ReceivedCallback;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.port.out.persistence.ProviderEventLog;
import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.PaymentProviderRegistry;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.domain.HppChangeSource;
import dev.hppgateway.domain.HppLifecycle;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.ProviderId;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Provider callbacks are unsigned hints. This service reads the callback URL, checks its secret
 * (per page; per merchant, or per provider account, for providers with one webhook URL), skips
 * event ids it already handled, and then reads the provider itself before changing anything: the
 * page is loaded once, the provider read once, the observation applied and saved once (again only
 * when another writer saved first). It marks an event handled only after success, so a failed
 * attempt is redone when the provider retries.
 */
final class HandleProviderCallbackService implements HandleProviderCallbackUseCase {
  private final PaymentProviderRegistry providers;
  private final HppSessionRepository sessions;
  private final MerchantRepository merchants;
  private final ProviderEventLog eventLog;
  private final StatusSynchronizer synchronizer;
  private final Clock clock;
  private final Map<ProviderId, String> accountSecretHashes;

  /**
   * @param accountSecretHashes per provider, the hash of the secret in its one account-wide
   *     callback URL (Optty's webhook URL is set per account); providers without one are absent
   */
  HandleProviderCallbackService(
      PaymentProviderRegistry providers,
      HppSessionRepository sessions,
      MerchantRepository merchants,
      ProviderEventLog eventLog,
      StatusSynchronizer synchronizer,
      Clock clock,
      Map<ProviderId, String> accountSecretHashes) {
    this.providers = providers;
    this.sessions = sessions;
    this.merchants = merchants;
    this.eventLog = eventLog;
    this.synchronizer = synchronizer;
    this.clock = clock;
    this.accountSecretHashes = Map.copyOf(accountSecretHashes);
  }

  @Override
  public CallbackOutcome handle(ReceivedCallback received) {
    Optional<CallbackUrl> parsed = CallbackUrl.parse(received.path(), received.query());
    if (parsed.isEmpty()) {
      return CallbackOutcome.REJECTED;
    }
    CallbackUrl url = parsed.get();
    Optional<PaymentProvider> found = providers.find(url.provider());
    if (found.isEmpty()) {
      return CallbackOutcome.REJECTED;
    }
    PaymentProvider provider = found.get();
    Optional<HppSession> pathSession =
        url.page().flatMap(sessions::findById).filter(s -> s.providerId().equals(provider.id()));
    if (!CallbackSecrets.matches(url.secret(), expectedSecretHash(url, pathSession))) {
      return CallbackOutcome.REJECTED;
    }

    Optional<CallbackHint> hint =
        provider.parseCallback(
            new ProviderCallback(url.rest(), firstValues(received.headers()), received.body()));
    if (hint.isEmpty()) {
      return CallbackOutcome.IGNORED;
    }
    String eventId = hint.get().eventId();
    if (eventId != null && eventLog.alreadyHandled(provider.id(), eventId)) {
      return CallbackOutcome.DUPLICATE;
    }
    Optional<HppSession> session =
        url.kind() == CallbackUrl.Kind.PAGE
            ? pathSession.filter(s -> refersTo(s, hint.get()))
            : locate(provider, hint.get())
                .filter(s -> url.merchant().map(m -> s.merchantId().equals(m)).orElse(true));
    if (session.isEmpty()) {
      return CallbackOutcome.IGNORED;
    }
    HppSession synced =
        synchronizer.sync(
            session.get(), provider, hint.get().providerPaymentRef(), HppChangeSource.CALLBACK);
    if (notShownYet(hint.get().hinted(), synced.status())) {
      // The provider's read lags its own callback; a retry of the callback will find it settled.
      // The event id is not recorded, so that retry is handled and not dropped as a duplicate.
      return CallbackOutcome.NOT_YET_CONFIRMED;
    }
    if (eventId != null) {
      eventLog.markHandled(provider.id(), eventId, clock.instant());
    }
    return CallbackOutcome.APPLIED;
  }

  /**
   * The callback reports a move to a final status (a payment, a refund, an end) that the read does
   * not show, and a later read still could: COMPLETED → REFUNDED, and a late payment on an ended
   * page, as much as an open page's end. A read that shows another status from which that move can
   * no longer happen (a COMPLETED callback after the refund) shows the callback stale.
   */
  private static boolean notShownYet(HppStatus hinted, HppStatus read) {
    return hinted.isFinal()
        && read != hinted
        && HppLifecycle.decideRead(read, hinted) == HppLifecycle.Decision.APPLY;
  }

  /** The page's, the merchant's or the provider account's secret, by the kind of callback URL. */
  private String expectedSecretHash(CallbackUrl url, Optional<HppSession> pathSession) {
    return switch (url.kind()) {
      case PAGE -> pathSession.map(HppSession::callbackSecretHash).orElse(null);
      case MERCHANT ->
          url.merchant()
              .flatMap(merchants::findById)
              .map(Merchant::callbackSecretHash)
              .orElse(null);
      case ACCOUNT -> accountSecretHashes.get(url.provider());
    };
  }

  /** Adapters read each header's first value under a lower-case name. */
  private static Map<String, String> firstValues(Map<String, List<String>> headers) {
    Map<String, String> first = new HashMap<>();
    headers.forEach(
        (name, values) -> {
          if (values != null && !values.isEmpty()) {
            first.putIfAbsent(name.toLowerCase(Locale.ROOT), values.get(0));
          }
        });
    return first;
  }

  private Optional<HppSession> locate(PaymentProvider provider, CallbackHint hint) {
    if (hint.providerSessionId() != null) {
      Optional<HppSession> bySession =
          sessions.findByProviderSessionId(provider.id(), hint.providerSessionId());
      if (bySession.isPresent()) {
        return bySession;
      }
    }
    if (hint.paymentRef() == null) {
      return Optional.empty();
    }
    List<HppSession> byPayment = sessions.findByPaymentRef(provider.id(), hint.paymentRef());
    return byPayment.stream().findFirst();
  }

  /** A per-session callback must be about that session, not another page of the provider. */
  private static boolean refersTo(HppSession session, CallbackHint hint) {
    boolean sessionMatches =
        hint.providerSessionId() == null
            || hint.providerSessionId().equals(session.providerRefs().hppSessionId());
    boolean paymentMatches =
        hint.paymentRef() == null || hint.paymentRef().equals(session.providerRefs().paymentRef());
    return sessionMatches && paymentMatches;
  }
}
