package cn.finegov.kernel.api.cache;

import cn.finegov.kernel.api.persistence.AfterCompletion;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values read from the database that are used again for a short while instead of being read on
 * every call: reference data that a request asks for many times a second and that changes seldom
 * (the organisation's units, a system's API key). A change on this server forgets the affected
 * entries at once and again when its transaction ends, so that the next read sees it; a change made
 * on another server of a cluster reaches this one within the freshness period.
 *
 * <p>Thread-safe. The values are shared between requests and must not be changed by their users:
 * immutable records, or entities detached from every persistence context.
 *
 * @param <K> what a value is looked up by
 * @param <V> the value, e.g. an {@link Optional} when absence is remembered too
 */
public final class FreshCache<K, V> {

  private record Entry<V>(V value, Instant readAt) {}

  private final Duration fresh;
  private final int capacity;
  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

  /**
   * @param fresh how long a value is used before it is read again
   * @param capacity how many values are kept at most; beyond it the cache starts afresh (lookups of
   *     keys that do not exist must not make it grow without end)
   */
  public FreshCache(Duration fresh, int capacity) {
    if (fresh.isNegative() || fresh.isZero() || capacity < 1) {
      throw new IllegalArgumentException("freshness and capacity must be positive");
    }
    this.fresh = fresh;
    this.capacity = capacity;
  }

  /** The value of the key, unless there is none or it is no longer fresh. */
  public Optional<V> fresh(K key, Instant now) {
    Entry<V> entry = entries.get(key);
    if (entry == null || !entry.readAt().plus(fresh).isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  /** Remembers a value as read now, and returns it. */
  public V remember(K key, V value, Instant now) {
    Objects.requireNonNull(value, "value");
    if (entries.size() >= capacity && !entries.containsKey(key)) {
      entries.clear();
    }
    entries.put(key, new Entry<>(value, now));
    return value;
  }

  /** The fresh value of the key, or the one {@code read} gives now (then remembered). */
  public V get(K key, Instant now, java.util.function.Function<? super K, ? extends V> read) {
    Optional<V> known = fresh(key, now);
    return known.isPresent() ? known.get() : remember(key, read.apply(key), now);
  }

  /**
   * Forgets the key's value now and again when the current transaction ends: a request between the
   * two would otherwise remember the state before the change.
   */
  public void forget(K key, TransactionSynchronizationRegistry transactions) {
    nowAndAtTheEnd(() -> entries.remove(key), transactions);
  }

  /** Forgets every value now and again when the current transaction ends. */
  public void forgetAll(TransactionSynchronizationRegistry transactions) {
    nowAndAtTheEnd(entries::clear, transactions);
  }

  private static void nowAndAtTheEnd(
      Runnable forgetting, TransactionSynchronizationRegistry transactions) {
    forgetting.run();
    if (transactions.getTransactionKey() != null) {
      transactions.registerInterposedSynchronization((AfterCompletion) status -> forgetting.run());
    }
  }
}
