package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.HppSessionPage;
import dev.hppgateway.application.port.in.HppSessionQuery;
import dev.hppgateway.application.port.in.ListHppSessionsUseCase;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;

/** Lists one merchant's sessions; the query carries the merchant, so others' never show. */
final class ListHppSessionsService implements ListHppSessionsUseCase {
  private final HppSessionRepository sessions;

  ListHppSessionsService(HppSessionRepository sessions) {
    this.sessions = sessions;
  }

  @Override
  public HppSessionPage list(HppSessionQuery query) {
    return sessions.list(query);
  }
}
