package dev.hppgateway.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one transition table of the HPP lifecycle. Everything that changes a session's status asks it
 * first. Provider observations may arrive late, twice or out of order, so anything that is not a
 * forward move is a repeat or ignored, never an error.
 */
public final class HppLifecycle {

  /** What an observed status means for a session in a given status. */
  public enum Decision {
    /** A legal move: apply it and emit its event. */
    APPLY,
    /** The session is already there: nothing to do. */
    REPEAT,
    /**
     * Stale or impossible from here (e.g. IN_PROGRESS after COMPLETED): keep the current status.
     */
    IGNORE
  }

  private static final Map<HppStatus, Set<HppStatus>> NEXT = new EnumMap<>(HppStatus.class);

  static {
    Set<HppStatus> fromOpen =
        EnumSet.of(
            HppStatus.IN_PROGRESS,
            HppStatus.FAILED,
            HppStatus.COMPLETED,
            HppStatus.CANCELLED,
            HppStatus.DISABLED,
            HppStatus.EXPIRED);
    NEXT.put(HppStatus.WAITING, fromOpen);
    NEXT.put(
        HppStatus.IN_PROGRESS,
        EnumSet.of(
            HppStatus.FAILED,
            HppStatus.COMPLETED,
            HppStatus.CANCELLED,
            HppStatus.DISABLED,
            HppStatus.EXPIRED));
    // FAILED allows a retry: the shopper can go back to the page.
    NEXT.put(
        HppStatus.FAILED,
        EnumSet.of(
            HppStatus.IN_PROGRESS,
            HppStatus.COMPLETED,
            HppStatus.CANCELLED,
            HppStatus.DISABLED,
            HppStatus.EXPIRED));
    NEXT.put(HppStatus.COMPLETED, EnumSet.of(HppStatus.REFUNDED));
    NEXT.put(HppStatus.CANCELLED, EnumSet.noneOf(HppStatus.class));
    NEXT.put(HppStatus.DISABLED, EnumSet.noneOf(HppStatus.class));
    NEXT.put(HppStatus.EXPIRED, EnumSet.noneOf(HppStatus.class));
    NEXT.put(HppStatus.REFUNDED, EnumSet.noneOf(HppStatus.class));
    NEXT.put(HppStatus.UNKNOWN, EnumSet.noneOf(HppStatus.class));
  }

  private HppLifecycle() {}

  public static boolean allows(HppStatus from, HppStatus to) {
    return NEXT.get(from).contains(to);
  }

  public static Set<HppStatus> next(HppStatus from) {
    return Set.copyOf(NEXT.get(from));
  }

  /** The statuses in which the gateway ended a page without a payment. */
  private static final Set<HppStatus> ENDED_UNPAID =
      EnumSet.of(HppStatus.CANCELLED, HppStatus.DISABLED, HppStatus.EXPIRED);

  /**
   * A payment the provider confirms on a page the gateway ended without one: EXPIRED, DISABLED or
   * CANCELLED to COMPLETED (or to REFUNDED, through the implied completion). Allowed only for what
   * a read of the provider's API says, never for a merchant command or an unconfirmed report.
   */
  public static boolean isLatePayment(HppStatus from, HppStatus to) {
    return ENDED_UNPAID.contains(from) && (to == HppStatus.COMPLETED || to == HppStatus.REFUNDED);
  }

  /**
   * What a status read from the provider's API means: the table's moves, a refund of a page that is
   * not completed yet (it implies the completion), and {@linkplain #isLatePayment late payments}:
   * the provider's word on money wins.
   */
  public static Decision decideRead(HppStatus from, HppStatus to) {
    Decision decision = decide(from, to);
    if (decision != Decision.IGNORE) {
      return decision;
    }
    boolean impliedCompletion = to == HppStatus.REFUNDED && allows(from, HppStatus.COMPLETED);
    return impliedCompletion || isLatePayment(from, to) ? Decision.APPLY : Decision.IGNORE;
  }

  public static Decision decide(HppStatus from, HppStatus to) {
    if (from == to) {
      return Decision.REPEAT;
    }
    if (to == HppStatus.UNKNOWN) {
      return Decision.IGNORE;
    }
    return allows(from, to) ? Decision.APPLY : Decision.IGNORE;
  }
}
