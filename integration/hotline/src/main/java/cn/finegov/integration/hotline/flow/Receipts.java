package cn.finegov.integration.hotline.flow;

import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.Inbox;
import cn.finegov.integration.runtime.idempotent.IdempotentRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.spi.IdempotentRepository;

/**
 * Takes a valid message once: in one transaction the sender's id joins the flow's persistent
 * idempotent repository and the message is queued in the inbox. Both commit together, so a crash
 * can never leave an id remembered whose message was not queued (which would make the hotline's
 * resend a "duplicate" of nothing), and the hotline is answered only after the commit.
 */
@ApplicationScoped
public class Receipts {

  @Inject private IdempotentRepositories repositories;
  @Inject private Inbox inbox;

  @Transactional
  public IntakeResult queueOnce(String flow, String key, String body, Map<String, String> headers) {
    IdempotentRepository seen = repositories.named(flow);
    if (!seen.add(key)) {
      return IntakeResult.DUPLICATE;
    }
    // The key names the message's dead letter, should the handler refuse it.
    Map<String, String> withSource = new HashMap<>(headers);
    withSource.put(DeadLetters.SOURCE, key);
    inbox.enqueue(flow, key, body, withSource);
    return IntakeResult.ACCEPTED;
  }
}
