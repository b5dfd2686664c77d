package dev.hppgateway.application.port.in;

/**
 * Expires pages past their expiry and reconciles open pages whose callbacks may have gone missing,
 * by reading the provider. Safe to run on several instances at once: each page is handled by one of
 * them at a time.
 *
 * <p>The two halves can run on their own schedules ({@link #expire}, {@link #reconcile}); {@link
 * #sweep} does both, one after the other.
 */
public interface SweepHppSessionsUseCase {

  /**
   * Up to {@code batchSize} pages past their expiry are expired (or settled, if the provider says
   * they were paid), then up to {@code batchSize} due order follow-ups are done.
   */
  SweepReport expire(int batchSize);

  /**
   * Up to {@code batchSize} open pages with no news for longer than the reconcile-after setting are
   * read from their provider and brought up to date; a page whose provider cannot be read is put
   * off with a growing pause, so it does not take the place of the others in later batches.
   */
  SweepReport reconcile(int batchSize);

  /** {@link #expire} then {@link #reconcile}, with their counts added up. */
  default SweepReport sweep(int batchSize) {
    return expire(batchSize).plus(reconcile(batchSize));
  }
}
