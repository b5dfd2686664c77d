package dev.hppgateway.adapter.persistence;

import dev.hppgateway.application.port.out.persistence.TransactionRunner;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * {@link TransactionRunner} over Micronaut's JDBC transaction manager: the stores above join the
 * transaction, so a session change and its outbox messages commit or roll back together. An
 * exception thrown by the work rolls back and propagates unchanged.
 */
@Singleton
public class MicronautTransactionRunner implements TransactionRunner {
  private final TransactionOperations<Connection> transactions;

  MicronautTransactionRunner(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.executeWrite(status -> work.get());
  }
}
