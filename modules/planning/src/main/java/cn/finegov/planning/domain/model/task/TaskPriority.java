package cn.finegov.planning.domain.model.task;

import cn.finegov.kernel.api.i18n.MessageKey;

/** How urgent a task is. */
public enum TaskPriority {
  HIGH,
  NORMAL,
  LOW;

  public MessageKey label() {
    return new MessageKey("planning.priority." + name());
  }
}
