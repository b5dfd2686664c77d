package dev.hppgateway.application.port.in;

/** The idempotency key is in use: by a different request, or by the same one still running. */
public class IdempotencyConflictException extends RuntimeException {
  private final boolean inProgress;

  public IdempotencyConflictException(boolean inProgress) {
    super(
        inProgress
            ? "a request with this Idempotency-Key is still being processed; retry later"
            : "this Idempotency-Key was used with a different request");
    this.inProgress = inProgress;
  }

  public boolean inProgress() {
    return inProgress;
  }
}
