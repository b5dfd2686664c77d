package dev.hppgateway.application.port.in;

/**
 * Expires pages past their expiry and reconciles open pages whose callbacks may have gone missing,
 * by reading the provider. Safe to run on several instances at once.
 */
public interface SweepHppSessionsUseCase {
  SweepReport sweep(int batchSize);
}
