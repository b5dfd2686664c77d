package dev.hppgateway.application.port.out.events;

/** Where a webhook is in its delivery. */
public enum OutboxState {
  /** Waiting for its next attempt. */
  PENDING,
  /** Claimed by a worker until its lease ends. */
  IN_FLIGHT,
  DELIVERED,
  /** Gave up after the last retry. */
  DEAD
}
