package dev.hppgateway.application.port.out.events;

import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionEvent;
import java.util.List;

/** Publishes a session's events to its merchant; called inside the transaction that saved them. */
public interface EventPublisher {
  void publish(HppSession session, List<HppSessionEvent> events);
}
