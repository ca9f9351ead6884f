package cn.finegov.kernel.application.apikey;

import cn.finegov.kernel.api.cache.FreshCache;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.domain.model.apikey.ApiKey;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The keys this server read lately, with the actor each one makes, so that a system calling many
 * times a second costs one read of its key per {@link #FRESH}, not one per request. The secret is
 * still checked on every request against the stored hash. A revocation on this server drops the
 * key's entry when it commits (a new key has a new prefix, so nothing to drop); a change made on
 * another server of a cluster (or of the key's unit) reaches this one within {@link #FRESH}.
 */
@ApplicationScoped
public class VerifiedKeys {

  /** How long an entry is used before the key is read again. */
  public static final Duration FRESH = Duration.ofSeconds(10);

  /** A key as read, and the actor its requests act as. */
  public record Entry(ApiKey key, Actor actor) {}

  private final FreshCache<String, Entry> byPrefix = new FreshCache<>(FRESH, 10_000);

  @Resource private TransactionSynchronizationRegistry transactions;

  /** The entry of the prefix, unless there is none or it is older than {@link #FRESH}. */
  public Optional<Entry> fresh(String prefix, Instant now) {
    return byPrefix.fresh(prefix, now);
  }

  /** Remembers a key as read now, and returns its entry. */
  public Entry remember(String prefix, ApiKey key, Actor actor, Instant now) {
    return byPrefix.remember(prefix, new Entry(key, actor), now);
  }

  /** Drops the prefix's entry now and again when the current transaction ends. */
  public void forget(String prefix) {
    byPrefix.forget(prefix, transactions);
  }
}
