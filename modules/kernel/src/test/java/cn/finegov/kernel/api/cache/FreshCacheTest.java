package cn.finegov.kernel.api.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FreshCacheTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  private final FreshCache<String, Optional<String>> cache =
      new FreshCache<>(Duration.ofSeconds(10), 3);
  private final Transactions transactions = new Transactions();

  @Test
  void aValueIsReadAgainOnceItIsNoLongerFresh() {
    cache.remember("990102", Optional.of("望江街道"), NOW);

    assertThat(cache.fresh("990102", NOW.plusSeconds(9))).contains(Optional.of("望江街道"));
    assertThat(cache.fresh("990102", NOW.plusSeconds(10))).isEmpty();
    assertThat(cache.fresh("990103", NOW)).isEmpty();
  }

  @Test
  void getReadsOnlyWhatIsNotFreshAndRemembersAbsenceToo() {
    AtomicInteger reads = new AtomicInteger();

    for (int second = 0; second < 10; second++) {
      assertThat(
              cache.get(
                  "X1",
                  NOW.plusSeconds(second),
                  key -> {
                    reads.incrementAndGet();
                    return Optional.empty();
                  }))
          .isEmpty();
    }
    assertThat(reads).hasValue(1);
    cache.get(
        "X1", NOW.plusSeconds(10), key -> Optional.of("read again " + reads.incrementAndGet()));
    assertThat(cache.fresh("X1", NOW.plusSeconds(10))).contains(Optional.of("read again 2"));
  }

  @Test
  void beyondItsCapacityTheCacheStartsAfresh() {
    cache.remember("a", Optional.of("A"), NOW);
    cache.remember("b", Optional.of("B"), NOW);
    cache.remember("c", Optional.of("C"), NOW);
    cache.remember("c", Optional.of("C2"), NOW);
    assertThat(cache.fresh("a", NOW)).isPresent();

    cache.remember("d", Optional.of("D"), NOW);

    assertThat(cache.fresh("a", NOW)).isEmpty();
    assertThat(cache.fresh("c", NOW)).isEmpty();
    assertThat(cache.fresh("d", NOW)).contains(Optional.of("D"));
  }

  @Test
  void aChangeOutsideATransactionIsForgottenAtOnce() {
    cache.remember("990102", Optional.of("望江街道"), NOW);
    cache.remember("990103", Optional.of("江城街道"), NOW);

    cache.forget("990102", transactions);

    assertThat(cache.fresh("990102", NOW)).isEmpty();
    assertThat(cache.fresh("990103", NOW)).isPresent();
    assertThat(transactions.registered).isEmpty();
  }

  @Test
  void aChangeInATransactionIsForgottenAgainWhenItEnds() {
    cache.remember("990102", Optional.of("望江街道"), NOW);
    transactions.key = "tx-1";

    cache.forget("990102", transactions);
    // A request between the change and its commit reads the value as it was.
    cache.remember("990102", Optional.of("望江街道"), NOW.plusSeconds(1));
    assertThat(cache.fresh("990102", NOW.plusSeconds(1))).isPresent();
    transactions.registered.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));

    assertThat(cache.fresh("990102", NOW.plusSeconds(1))).isEmpty();
  }

  @Test
  void forgettingAllClearsNowAndWhenTheTransactionEnds() {
    cache.remember("990102", Optional.of("望江街道"), NOW);
    cache.remember("990103", Optional.empty(), NOW);
    transactions.key = "tx-1";

    cache.forgetAll(transactions);
    assertThat(cache.fresh("990102", NOW)).isEmpty();
    assertThat(cache.fresh("990103", NOW)).isEmpty();
    cache.remember("990103", Optional.empty(), NOW);
    transactions.registered.forEach(s -> s.afterCompletion(Status.STATUS_ROLLEDBACK));

    assertThat(cache.fresh("990103", NOW)).isEmpty();
  }

  @Test
  void freshnessAndCapacityMustBePositive() {
    assertThatThrownBy(() -> new FreshCache<String, String>(Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FreshCache<String, String>(Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The registry's part that the cache uses: the transaction's key and its synchronisations. */
  private static final class Transactions implements TransactionSynchronizationRegistry {
    Object key;
    final List<Synchronization> registered = new ArrayList<>();

    @Override
    public Object getTransactionKey() {
      return key;
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      registered.add(sync);
    }

    @Override
    public void putResource(Object key, Object value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object getResource(Object key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
      return key == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
