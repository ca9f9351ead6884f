package cn.finegov.kernel.application.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.Scope;
import cn.finegov.kernel.domain.model.apikey.ApiKey;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerifiedKeysTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  private final VerifiedKeys verified = new VerifiedKeys();
  private final Transactions transactions = new Transactions();
  private final ApiKey key =
      ApiKey.issue(
          "12345 热线",
          null,
          "abcdefghij",
          "0".repeat(64),
          null,
          Set.of("grid.case.report"),
          null,
          "secadmin",
          NOW);
  private final Actor actor =
      new Actor(
          "apikey:abcdefghij",
          "12345 热线",
          null,
          null,
          null,
          Set.of(),
          Set.of("grid.case.report"),
          Scope.EVERYTHING,
          Actor.Kind.SYSTEM);

  @BeforeEach
  void registry() throws ReflectiveOperationException {
    Field field = VerifiedKeys.class.getDeclaredField("transactions");
    field.setAccessible(true);
    field.set(verified, transactions);
  }

  @Test
  void aKeyIsReadAgainOnceItsEntryIsNoLongerFresh() {
    verified.remember("abcdefghij", key, actor, NOW);

    assertThat(verified.fresh("abcdefghij", NOW.plusSeconds(9)))
        .get()
        .extracting(e -> e.actor())
        .isEqualTo(actor);
    assertThat(verified.fresh("abcdefghij", NOW.plus(VerifiedKeys.FRESH))).isEmpty();
    assertThat(verified.fresh("kjihgfedcb", NOW)).isEmpty();
  }

  @Test
  void aChangeOutsideATransactionIsForgottenAtOnce() {
    verified.remember("abcdefghij", key, actor, NOW);

    verified.forget("abcdefghij");

    assertThat(verified.fresh("abcdefghij", NOW)).isEmpty();
    assertThat(transactions.registered).isEmpty();
  }

  @Test
  void aChangeInATransactionIsForgottenAgainWhenItEnds() {
    verified.remember("abcdefghij", key, actor, NOW);
    transactions.key = "tx-1";

    verified.forget("abcdefghij");
    // A request between the change and its commit reads the key as it was.
    verified.remember("abcdefghij", key, actor, NOW.plusSeconds(1));
    assertThat(verified.fresh("abcdefghij", NOW.plusSeconds(1))).isPresent();
    transactions.registered.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));

    assertThat(verified.fresh("abcdefghij", NOW.plusSeconds(1))).isEmpty();
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
