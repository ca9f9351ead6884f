package cn.finegov.systemtest.inbox;

import cn.finegov.integration.runtime.api.InboxHandler;
import cn.finegov.integration.runtime.api.InboxMessage;
import cn.finegov.integration.runtime.api.RejectedMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An inbox handler deployed only with {@link InboxIT}. The message body says how it behaves: {@code
 * fail:N} fails the first N deliveries, {@code always} fails every delivery, {@code until-released}
 * fails until {@link #release(String)} is called, {@code reject} refuses the message.
 */
@ApplicationScoped
public class FlakyHandler implements InboxHandler {

  public static final String FLOW = "test-flaky";

  static final Map<String, Integer> ATTEMPTS = new ConcurrentHashMap<>();
  static final Set<String> HANDLED = ConcurrentHashMap.newKeySet();
  static final Set<String> RELEASED = ConcurrentHashMap.newKeySet();

  @Override
  public String flow() {
    return FLOW;
  }

  @Override
  public String moduleKey() {
    return "kernel";
  }

  @Override
  public void handle(InboxMessage message) {
    String id = message.messageId();
    int attempt = ATTEMPTS.merge(id, 1, Integer::sum);
    String body = message.body();
    if (body.equals("reject")) {
      throw new RejectedMessageException("测试拒收：" + id);
    }
    if (body.equals("always")) {
      throw new IllegalStateException("temporary failure " + attempt + " of " + id);
    }
    if (body.equals("until-released") && !RELEASED.contains(id)) {
      throw new IllegalStateException("not released yet: " + id);
    }
    if (body.startsWith("fail:") && attempt <= Integer.parseInt(body.substring(5))) {
      throw new IllegalStateException("temporary failure " + attempt + " of " + id);
    }
    if (!HANDLED.add(id)) {
      throw new AssertionError("handled twice: " + id);
    }
  }

  static void release(String id) {
    RELEASED.add(id);
  }
}
