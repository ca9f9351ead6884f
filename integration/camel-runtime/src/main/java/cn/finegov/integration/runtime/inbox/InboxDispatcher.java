package cn.finegov.integration.runtime.inbox;

import cn.finegov.integration.runtime.api.InboxHandler;
import cn.finegov.integration.runtime.api.InboxMessage;
import cn.finegov.integration.runtime.api.RejectedMessageException;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.ModuleStatus;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;

/**
 * Hands an inbox message, or the messages of a batch, to its flow's handler, in a transaction of
 * its own, running as the system flow with the permissions the handler declares.
 */
@ApplicationScoped
public class InboxDispatcher {

  @Inject @Any private Instance<InboxHandler> handlers;
  @Inject private ModuleStatus modules;
  @Inject private MessageSource messages;
  @Inject private ActorContext actors;

  @Transactional(TxType.REQUIRES_NEW)
  public void dispatch(InboxMessage message) {
    InboxHandler handler = handlerOf(message.flow());
    actors.runAsSystem(
        message.flow(),
        handler.permissions(),
        () -> {
          handler.handle(message);
          return null;
        });
  }

  /** Hands the messages of one batch, all of the same flow, to its handler in one transaction. */
  @Transactional(TxType.REQUIRES_NEW)
  public void dispatchAll(String flow, List<InboxMessage> messages) {
    InboxHandler handler = handlerOf(flow);
    actors.runAsSystem(
        flow,
        handler.permissions(),
        () -> {
          handler.handleAll(messages);
          return null;
        });
  }

  private InboxHandler handlerOf(String flow) {
    InboxHandler handler =
        handlers.stream()
            .filter(candidate -> candidate.flow().equals(flow))
            .findFirst()
            .orElseThrow(
                () ->
                    new RejectedMessageException(
                        messages.get(MessageSource.CHINESE, "inbox.no-handler", flow)));
    if (!modules.isEnabled(handler.moduleKey())) {
      throw new RejectedMessageException(
          messages.get(MessageSource.CHINESE, "inbox.module-off", handler.moduleKey(), flow));
    }
    return handler;
  }
}
