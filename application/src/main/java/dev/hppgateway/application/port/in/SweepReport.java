package dev.hppgateway.application.port.in;

/** How many pages one sweep expired, reconciled (read from the provider), and could not read. */
public record SweepReport(int expired, int reconciled, int failed) {

  /** The counts of this run and {@code other} added up. */
  public SweepReport plus(SweepReport other) {
    return new SweepReport(
        expired + other.expired, reconciled + other.reconciled, failed + other.failed);
  }
}
