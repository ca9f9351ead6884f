package cn.finegov.integration.hotline.flow;

import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.Inbox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The inbox queue (JMS in the server): records what was queued. */
final class RecordingInbox implements Inbox {

  /** One queued message. */
  record Queued(String flow, String messageId, String body, Map<String, String> headers) {}

  final List<Queued> queued = new CopyOnWriteArrayList<>();

  /** Runs after each message is queued, e.g. to stand for a crash right after the send. */
  volatile Runnable afterEnqueue = () -> {};

  /** When set, the next send fails before anything is queued (the broker unavailable). */
  volatile boolean refuseNext;

  @Override
  public void enqueue(String flow, String messageId, String body, Map<String, String> headers) {
    if (refuseNext) {
      refuseNext = false;
      throw new IllegalStateException("The inbox queue does not accept the message");
    }
    queued.add(new Queued(flow, messageId, body, Map.copyOf(headers)));
    afterEnqueue.run();
  }

  @Override
  public long waiting(String flow) {
    return queued.stream().filter(message -> message.flow().equals(flow)).count();
  }

  /** The sizes of the batches queued, in order. */
  final List<Integer> batches = new CopyOnWriteArrayList<>();

  /** Records each message of the batch as the handler sees it, with its id as its source. */
  @Override
  public void enqueueAll(String flow, List<Item> items, Map<String, String> headers) {
    if (refuseNext) {
      refuseNext = false;
      throw new IllegalStateException("The inbox queue does not accept the batch");
    }
    for (Item item : items) {
      Map<String, String> own = new HashMap<>(headers);
      own.put(DeadLetters.SOURCE, item.messageId());
      queued.add(new Queued(flow, item.messageId(), item.body(), Map.copyOf(own)));
    }
    batches.add(items.size());
    afterEnqueue.run();
  }
}
