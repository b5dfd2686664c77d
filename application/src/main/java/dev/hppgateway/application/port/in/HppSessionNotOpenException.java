package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;

/**
 * The page is final (completed, cancelled, disabled, expired…): it can no longer be sent or used.
 */
public class HppSessionNotOpenException extends RuntimeException {
  public HppSessionNotOpenException(HppSessionId id, HppStatus status) {
    super("HPP session " + id + " is " + status + " and no longer open");
  }
}
