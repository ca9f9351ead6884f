package cn.finegov.kernel.api.persistence;

import jakarta.transaction.Synchronization;

/**
 * A transaction synchronisation that acts only once the transaction has ended, given the outcome
 * ({@link jakarta.transaction.Status#STATUS_COMMITTED} or another status): {@code
 * registry.registerInterposedSynchronization((AfterCompletion) status -> ...)}.
 */
@FunctionalInterface
public interface AfterCompletion extends Synchronization {

  @Override
  default void beforeCompletion() {}
}
