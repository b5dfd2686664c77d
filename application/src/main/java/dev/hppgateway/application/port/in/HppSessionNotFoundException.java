package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.HppSessionId;

/** No such session for this merchant (another merchant's session is "not found" too). */
public class HppSessionNotFoundException extends RuntimeException {
  public HppSessionNotFoundException(HppSessionId id) {
    super("HPP session " + id + " not found");
  }
}
