package dev.hppgateway.application.port.out.ids;

import dev.hppgateway.domain.HppSessionId;

/** Makes ids that are unique across instances. */
public interface IdGenerator {
  HppSessionId newSessionId();

  String newEventId();
}
