package dev.hppgateway.application.port.in;

/**
 * Deletes what the gateway no longer needs, in batches: webhook events delivered or dead longer
 * than the retention ago (except each page's newest event, which keeps its numbering going), and
 * idempotency keys past their expiry.
 */
public interface HousekeepingUseCase {
  HousekeepingReport run();
}
