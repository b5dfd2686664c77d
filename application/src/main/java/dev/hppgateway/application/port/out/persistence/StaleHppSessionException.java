package dev.hppgateway.application.port.out.persistence;

import dev.hppgateway.domain.HppSessionId;

/** Someone else saved the session since it was loaded; reload and apply the change again. */
public class StaleHppSessionException extends RuntimeException {
  public StaleHppSessionException(HppSessionId id, long expectedVersion) {
    super("HPP session " + id + " changed since version " + expectedVersion);
  }
}
