package cn.finegov.integration.runtime.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many messages of each flow this server has queued and not yet taken off the queue (handled,
 * kept as a dead letter, or split into single messages that are counted again). Messages left in
 * the queue by an earlier run of the server are not counted, and the count never goes below zero.
 */
@ApplicationScoped
public class InboxCounts {

  private final ConcurrentHashMap<String, AtomicLong> waiting = new ConcurrentHashMap<>();

  void queued(String flow, int count) {
    counter(flow).addAndGet(count);
  }

  void taken(String flow, int count) {
    counter(flow).updateAndGet(value -> Math.max(0, value - count));
  }

  long waiting(String flow) {
    AtomicLong counter = waiting.get(flow);
    return counter == null ? 0 : counter.get();
  }

  private AtomicLong counter(String flow) {
    return waiting.computeIfAbsent(flow, key -> new AtomicLong());
  }
}
