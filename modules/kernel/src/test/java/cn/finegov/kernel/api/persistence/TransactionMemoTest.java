package cn.finegov.kernel.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransactionMemoTest {

  /** A registry of one transaction at a time; {@code begin} starts the next. */
  private static final class Registry implements TransactionSynchronizationRegistry {
    Object key;
    final Map<Object, Object> resources = new HashMap<>();

    void begin(Object transaction) {
      key = transaction;
      resources.clear();
    }

    @Override
    public Object getTransactionKey() {
      return key;
    }

    @Override
    public void putResource(Object resourceKey, Object value) {
      resources.put(resourceKey, value);
    }

    @Override
    public Object getResource(Object resourceKey) {
      return resources.get(resourceKey);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {}

    @Override
    public int getTransactionStatus() {
      return key == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }

  private static final class Seen {
    final List<String> names = new ArrayList<>();
  }

  @Test
  void aTransactionKeepsOneValuePerTypeMadeOnItsFirstUse() {
    Registry registry = new Registry();
    registry.begin("tx-1");
    int[] made = {0};

    Seen first =
        TransactionMemo.of(
                registry,
                Seen.class,
                () -> {
                  made[0]++;
                  return new Seen();
                })
            .orElseThrow();
    first.names.add("clerk");
    Seen again = TransactionMemo.of(registry, Seen.class, Seen::new).orElseThrow();

    assertThat(again).isSameAs(first);
    assertThat(again.names).containsExactly("clerk");
    assertThat(made[0]).isEqualTo(1);

    registry.begin("tx-2");
    assertThat(TransactionMemo.of(registry, Seen.class, Seen::new).orElseThrow().names).isEmpty();
  }

  @Test
  void outsideATransactionOrWithoutARegistryNothingIsKept() {
    assertThat(TransactionMemo.of(new Registry(), Seen.class, Seen::new)).isEmpty();
    assertThat(TransactionMemo.of(null, Seen.class, Seen::new)).isEmpty();
  }
}
