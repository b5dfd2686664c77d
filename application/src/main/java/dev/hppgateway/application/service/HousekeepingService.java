package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.HousekeepingReport;
import dev.hppgateway.application.port.in.HousekeepingUseCase;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import java.time.Clock;
import java.time.Instant;
import java.util.function.IntUnaryOperator;

/**
 * Deletes, batch by batch until a batch comes back short: webhook events delivered or dead longer
 * than {@link GatewaySettings#webhookEventRetention()} ago, and idempotency keys past their expiry.
 * Each batch is its own statement, so a run never holds many locks for long; several instances may
 * run it at once (a row is deleted once).
 */
final class HousekeepingService implements HousekeepingUseCase {
  private final OutboxRepository outbox;
  private final IdempotencyStore idempotency;
  private final Clock clock;
  private final GatewaySettings settings;

  HousekeepingService(
      OutboxRepository outbox,
      IdempotencyStore idempotency,
      Clock clock,
      GatewaySettings settings) {
    this.outbox = outbox;
    this.idempotency = idempotency;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public HousekeepingReport run() {
    Instant now = clock.instant();
    Instant eventCutoff = now.minus(settings.webhookEventRetention());
    int events = inBatches(batch -> outbox.deleteFinishedBefore(eventCutoff, batch));
    int keys = inBatches(batch -> idempotency.deleteExpiredBefore(now, batch));
    return new HousekeepingReport(events, keys);
  }

  private int inBatches(IntUnaryOperator deleteBatch) {
    int batch = settings.housekeepingBatchSize();
    int total = 0;
    int deleted;
    do {
      deleted = deleteBatch.applyAsInt(batch);
      total += deleted;
    } while (deleted >= batch);
    return total;
  }
}
