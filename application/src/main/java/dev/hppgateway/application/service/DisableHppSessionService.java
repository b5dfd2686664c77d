package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.DisableHppSessionUseCase;
import dev.hppgateway.application.port.out.provider.DisablesPages;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.domain.HppChangeSource;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionEvent;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionSnapshot;
import dev.hppgateway.domain.MerchantId;
import java.time.Clock;
import java.util.List;

/**
 * Disables a live page: the aggregate decides (once) whether it may, the provider turns the page
 * off, then the change is saved. A disabled page stays as it is.
 */
final class DisableHppSessionService implements DisableHppSessionUseCase {
  private final SessionLoader loader;
  private final SessionUpdater updater;
  private final Clock clock;

  DisableHppSessionService(SessionLoader loader, SessionUpdater updater, Clock clock) {
    this.loader = loader;
    this.updater = updater;
    this.clock = clock;
  }

  @Override
  public HppSession disable(MerchantId merchant, HppSessionId id) {
    HppSession session = loader.load(merchant, id);
    DisablesPages provider =
        SessionLoader.capability(
            loader.provider(session.providerId()), DisablesPages.class, "disable");
    HppSessionSnapshot before = session.snapshot();
    PageView page = PageView.of(session);
    List<HppSessionEvent> events = session.disable(clock.instant());
    if (events.isEmpty()) {
      return session;
    }
    provider.disablePage(page);
    return updater.save(
        session, before, events, HppChangeSource.API, s -> s.disable(clock.instant()));
  }
}
