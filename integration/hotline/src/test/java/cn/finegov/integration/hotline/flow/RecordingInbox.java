package cn.finegov.integration.hotline.flow;

import cn.finegov.integration.runtime.api.Inbox;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The inbox queue (JMS in the server): records what was queued. */
final class RecordingInbox implements Inbox {

  /** One queued message. */
  record Queued(String flow, String messageId, String body, Map<String, String> headers) {}

  final List<Queued> queued = new CopyOnWriteArrayList<>();

  @Override
  public void enqueue(String flow, String messageId, String body, Map<String, String> headers) {
    queued.add(new Queued(flow, messageId, body, Map.copyOf(headers)));
  }
}
