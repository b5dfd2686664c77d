package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.HandleProviderCallbackUseCase;
import dev.hppgateway.application.port.in.ProviderCallbackCommand;
import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.PaymentProviderRegistry;
import dev.hppgateway.application.port.out.persistence.ProviderEventLog;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.ProviderId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provider callbacks are unsigned hints. This service checks the secret in the callback path
 * (per page; per merchant, or per provider account, for providers with one webhook URL), skips event ids it already
 * handled, and then reads the provider itself before changing anything. It marks an event handled
 * only after success, so a failed attempt is redone when the provider retries.
 */
public final class HandleProviderCallbackService implements HandleProviderCallbackUseCase {
  private final PaymentProviderRegistry providers;
  private final HppSessionRepository sessions;
  private final MerchantRepository merchants;
  private final ProviderEventLog eventLog;
  private final StatusSynchronizer synchronizer;
  private final Clock clock;
  private final Map<ProviderId, String> providerSecretHashes;

  /**
   * @param providerSecretHashes per provider, the hash of the secret in its one account-wide
   *     callback URL (Optty's webhook URL is set per account); providers without one are absent
   */
  public HandleProviderCallbackService(
      PaymentProviderRegistry providers,
      HppSessionRepository sessions,
      MerchantRepository merchants,
      ProviderEventLog eventLog,
      StatusSynchronizer synchronizer,
      Clock clock,
      Map<ProviderId, String> providerSecretHashes) {
    this.providers = providers;
    this.sessions = sessions;
    this.merchants = merchants;
    this.eventLog = eventLog;
    this.synchronizer = synchronizer;
    this.clock = clock;
    this.providerSecretHashes = Map.copyOf(providerSecretHashes);
  }

  @Override
  public CallbackOutcome handle(ProviderCallbackCommand command) {
    Optional<PaymentProvider> found = providers.find(command.provider());
    if (found.isEmpty()) {
      return CallbackOutcome.REJECTED;
    }
    PaymentProvider provider = found.get();
    Optional<HppSession> pathSession = command.sessionId() == null
        ? Optional.empty()
        : sessions.findById(command.sessionId()).filter(s -> s.providerId().equals(provider.id()));
    if (!CallbackSecrets.matches(command.secret(), expectedSecretHash(command, pathSession))) {
      return CallbackOutcome.REJECTED;
    }

    Optional<CallbackHint> hint = provider.parseCallback(command.callback());
    if (hint.isEmpty()) {
      return CallbackOutcome.IGNORED;
    }
    String eventId = hint.get().eventId();
    if (eventId != null && eventLog.alreadyHandled(provider.id(), eventId)) {
      return CallbackOutcome.DUPLICATE;
    }
    Optional<HppSession> session = command.sessionId() != null
        ? pathSession.filter(s -> refersTo(s, hint.get()))
        : locate(provider, hint.get())
            .filter(s -> command.merchantId() == null || s.merchantId().equals(command.merchantId()));
    if (session.isEmpty()) {
      return CallbackOutcome.IGNORED;
    }
    HppSession synced = synchronizer.sync(session.get(), provider);
    HppStatus hinted = hint.get().hinted();
    if (hinted.isFinal() && synced.status() != hinted && !synced.isFinal()) {
      // The provider's read lags its own callback; a retry of the callback will find it settled.
      return CallbackOutcome.NOT_YET_CONFIRMED;
    }
    if (eventId != null) {
      eventLog.markHandled(provider.id(), eventId, clock.instant());
    }
    return CallbackOutcome.APPLIED;
  }

  /** The page's, the merchant's or the provider account's secret, by the kind of callback URL. */
  private String expectedSecretHash(ProviderCallbackCommand command, Optional<HppSession> pathSession) {
    if (command.sessionId() != null) {
      return pathSession.map(HppSession::callbackSecretHash).orElse(null);
    }
    if (command.merchantId() != null) {
      return merchants.findById(command.merchantId()).map(Merchant::callbackSecretHash).orElse(null);
    }
    return providerSecretHashes.get(command.provider());
  }

  private Optional<HppSession> locate(PaymentProvider provider, CallbackHint hint) {
    if (hint.providerSessionId() != null) {
      Optional<HppSession> bySession = sessions.findByProviderSessionId(provider.id(), hint.providerSessionId());
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
    boolean sessionMatches = hint.providerSessionId() == null
        || hint.providerSessionId().equals(session.providerRefs().hppSessionId());
    boolean paymentMatches = hint.paymentRef() == null
        || hint.paymentRef().equals(session.providerRefs().paymentRef());
    return sessionMatches && paymentMatches;
  }
}
