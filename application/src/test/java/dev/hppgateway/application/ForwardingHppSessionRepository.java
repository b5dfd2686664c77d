package dev.hppgateway.application;

import dev.hppgateway.adapter.inmemory.InMemoryHppSessionRepository;
import dev.hppgateway.application.port.in.HppSessionPage;
import dev.hppgateway.application.port.in.HppSessionQuery;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.ProviderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An in-memory repository a test subclasses to watch or disturb some calls. */
abstract class ForwardingHppSessionRepository implements HppSessionRepository {
  final InMemoryHppSessionRepository delegate = new InMemoryHppSessionRepository();

  @Override
  public void insert(HppSession session) {
    delegate.insert(session);
  }

  @Override
  public void update(HppSession session) {
    delegate.update(session);
  }

  @Override
  public Optional<HppSession> findById(HppSessionId id) {
    return delegate.findById(id);
  }

  @Override
  public Optional<HppSession> findByProviderSessionId(ProviderId p, String id) {
    return delegate.findByProviderSessionId(p, id);
  }

  @Override
  public List<HppSession> findByPaymentRef(ProviderId p, String ref) {
    return delegate.findByPaymentRef(p, ref);
  }

  @Override
  public HppSessionPage list(HppSessionQuery query) {
    return delegate.list(query);
  }

  @Override
  public List<HppSession> findExpired(Instant now, int limit) {
    return delegate.findExpired(now, limit);
  }

  @Override
  public List<HppSession> findStale(Instant before, Instant now, int limit) {
    return delegate.findStale(before, now, limit);
  }

  @Override
  public List<HppSession> findOrderFollowUpsDue(Instant now, int limit) {
    return delegate.findOrderFollowUpsDue(now, limit);
  }

  @Override
  public List<HppSession> claimForSweep(
      List<HppSession> found, String owner, Instant now, Instant until) {
    return delegate.claimForSweep(found, owner, now, until);
  }

  @Override
  public void releaseSweepClaim(HppSessionId id, String owner) {
    delegate.releaseSweepClaim(id, owner);
  }
}
