package cn.finegov.integration.hotline.flow;

import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.Inbox;
import cn.finegov.integration.runtime.idempotent.IdempotentRepositories;
import cn.finegov.integration.runtime.idempotent.JdbcIdempotentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.spi.IdempotentRepository;

/**
 * Takes a valid message once, durable before it is acknowledged: the message is queued in the inbox
 * first, outside any transaction (a persistent JMS send is durable when it returns), and only then
 * is the sender's id remembered in the flow's persistent idempotent repository. A crash between the
 * two leaves a queued message whose id is not remembered: the sender, never answered, sends it
 * again and it is queued a second time, and the flow's handler, idempotent on the same id, keeps it
 * once. The opposite order, or both in one transaction, could lose it: the database is not an XA
 * resource, so the transaction manager commits it last and on its own (last agent), and a crash
 * after that commit but before the broker's left an id remembered whose message was never queued
 * (the crash test saw exactly that), making the sender's resend a "duplicate" of nothing.
 */
@ApplicationScoped
public class Receipts {

  @Inject private IdempotentRepositories repositories;
  @Inject private Inbox inbox;

  /**
   * Queues the message unless its id was taken before.
   *
   * @return {@link IntakeResult#DUPLICATE} when the id was remembered already (also when a
   *     concurrent copy of the message remembered it first: both copies are then queued and the
   *     handler keeps one), else {@link IntakeResult#ACCEPTED}
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public IntakeResult queueOnce(String flow, String key, String body, Map<String, String> headers) {
    IdempotentRepository seen = repositories.named(flow);
    if (seen.contains(key)) {
      return IntakeResult.DUPLICATE;
    }
    // The key names the message's dead letter, should the handler refuse it.
    Map<String, String> withSource = new HashMap<>(headers);
    withSource.put(DeadLetters.SOURCE, key);
    inbox.enqueue(flow, key, body, withSource);
    return seen.add(key) ? IntakeResult.ACCEPTED : IntakeResult.DUPLICATE;
  }

  /**
   * Queues the messages whose ids were not taken before as one batch, in the same order of steps:
   * one query for the ids seen, one broker message with the new ones, then their ids remembered in
   * one batch of inserts. The second of two messages with the same id in the batch is a duplicate.
   *
   * @return the result of each message, in the order given
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public List<IntakeResult> queueAllOnce(
      String flow, List<Inbox.Item> items, Map<String, String> headers) {
    JdbcIdempotentRepository seen = repositories.keys(flow);
    Set<String> taken = seen.containing(items.stream().map(Inbox.Item::messageId).toList());
    Map<String, Inbox.Item> fresh = new LinkedHashMap<>();
    for (Inbox.Item item : items) {
      if (!taken.contains(item.messageId())) {
        fresh.putIfAbsent(item.messageId(), item);
      }
    }
    Set<String> added =
        fresh.isEmpty() ? Set.of() : queueAndRemember(seen, flow, fresh.values(), headers);
    List<IntakeResult> results = new ArrayList<>(items.size());
    for (Inbox.Item item : items) {
      // Only the first copy in the batch is the one queued.
      boolean first = fresh.remove(item.messageId()) != null;
      results.add(
          first && added.contains(item.messageId())
              ? IntakeResult.ACCEPTED
              : IntakeResult.DUPLICATE);
    }
    return results;
  }

  private Set<String> queueAndRemember(
      JdbcIdempotentRepository seen,
      String flow,
      Collection<Inbox.Item> fresh,
      Map<String, String> headers) {
    inbox.enqueueAll(flow, List.copyOf(fresh), headers);
    return seen.addAll(fresh.stream().map(Inbox.Item::messageId).toList());
  }
}
