package dev.hppgateway.domain;

/**
 * A merchant asked for a change the lifecycle forbids (disable a completed page, refund an open
 * one).
 */
public class IllegalHppTransitionException extends RuntimeException {
  private final HppStatus from;
  private final HppStatus to;

  public IllegalHppTransitionException(HppSessionId id, HppStatus from, HppStatus to) {
    super("HPP session " + id + " is " + from + " and cannot become " + to);
    this.from = from;
    this.to = to;
  }

  public HppStatus from() {
    return from;
  }

  public HppStatus to() {
    return to;
  }
}
