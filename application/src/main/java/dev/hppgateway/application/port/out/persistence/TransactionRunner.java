package dev.hppgateway.application.port.out.persistence;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction, so a session change and the outbox message about it are
 * written together or not at all. Provider calls never run inside it.
 */
public interface TransactionRunner {
  <T> T inTransaction(Supplier<T> work);

  /** For stores without transactions (in-memory). */
  static TransactionRunner direct() {
    return Supplier::get;
  }
}
