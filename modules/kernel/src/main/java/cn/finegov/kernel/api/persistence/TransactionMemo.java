package cn.finegov.kernel.api.persistence;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the current transaction keeps for itself while it runs (what it has looked up or made so
 * far), as a resource of the transaction synchronisation registry: one value per type and
 * transaction, gone when the transaction ends.
 */
public final class TransactionMemo {

  private TransactionMemo() {}

  /**
   * The current transaction's value of the type, made by {@code create} on its first use; empty
   * outside a transaction or without a registry.
   */
  public static <T> Optional<T> of(
      TransactionSynchronizationRegistry transactions, Class<T> type, Supplier<T> create) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      return Optional.empty();
    }
    T value = type.cast(transactions.getResource(type));
    if (value == null) {
      value = create.get();
      transactions.putResource(type, value);
    }
    return Optional.of(value);
  }
}
