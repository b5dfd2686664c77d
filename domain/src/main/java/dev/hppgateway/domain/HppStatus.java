package dev.hppgateway.domain;

/**
 * The normalized lifecycle of a hosted payment page (PROVIDERS.md §5). The provider's own status is
 * always kept beside it. {@link #UNKNOWN} names a raw status no mapping knows: it is recorded,
 * never applied, so a new provider status cannot crash or corrupt a session.
 */
public enum HppStatus {
  WAITING(false),
  IN_PROGRESS(false),
  FAILED(false),
  COMPLETED(true),
  CANCELLED(true),
  DISABLED(true),
  EXPIRED(true),
  REFUNDED(true),
  UNKNOWN(false);

  private final boolean fin;

  HppStatus(boolean fin) {
    this.fin = fin;
  }

  /** Final statuses never change again, except COMPLETED → REFUNDED. */
  public boolean isFinal() {
    return fin;
  }
}
