package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.HandleProviderCallbackUseCase;
import dev.hppgateway.application.port.in.ProviderCallbackCommand;
import dev.hppgateway.application.port.out.CallbackHint;
import dev.hppgateway.application.port.out.HppSessionRepository;
import dev.hppgateway.application.port.out.MerchantRepository;
import dev.hppgateway.application.port.out.PaymentProvider;
import dev.hppgateway.application.port.out.PaymentProviderRegistry;
import dev.hppgateway.application.port.out.ProviderEventLog;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.MerchantId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Provider callbacks are unsigned hints. This service checks the secret in the callback path
 * (per-session, or per-merchant for providers with one webhook URL), skips event ids it already
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

  public HandleProviderCallbackService(
      PaymentProviderRegistry providers,
      HppSessionRepository sessions,
      MerchantRepository merchants,
      ProviderEventLog eventLog,
      StatusSynchronizer synchronizer,
      Clock clock) {
    this.providers = providers;
    this.sessions = sessions;
    this.merchants = merchants;
    this.eventLog = eventLog;
    this.synchronizer = synchronizer;
    this.clock = clock;
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
    if (command.sessionId() != null
        && !CallbackSecrets.matches(command.secret(), pathSession.map(HppSession::callbackSecretHash).orElse(null))) {
      return CallbackOutcome.REJECTED;
    }
    if (command.sessionId() == null && command.merchantId() == null) {
      return CallbackOutcome.REJECTED;
    }
    if (command.sessionId() == null && !merchantSecretMatches(command.merchantId(), command.secret())) {
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
    Optional<HppSession> session = pathSession.isPresent()
        ? pathSession.filter(s -> refersTo(s, hint.get()))
        : locate(provider, hint.get()).filter(s -> s.merchantId().equals(command.merchantId()));
    if (session.isEmpty()) {
      return CallbackOutcome.IGNORED;
    }
    synchronizer.sync(session.get(), provider);
    if (eventId != null) {
      eventLog.markHandled(provider.id(), eventId, clock.instant());
    }
    return CallbackOutcome.APPLIED;
  }

  private boolean merchantSecretMatches(MerchantId merchantId, String secret) {
    String hash = merchants.findById(merchantId).map(m -> m.callbackSecretHash()).orElse(null);
    return CallbackSecrets.matches(secret, hash);
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
