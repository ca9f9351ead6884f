package cn.finegov.planning.domain.model.task;

import cn.finegov.kernel.api.i18n.MessageKey;

/** Where a delay (adjustment) request stands. */
public enum DelayState {
  PENDING,
  APPROVED,
  REJECTED;

  public MessageKey label() {
    return new MessageKey("planning.delay.state." + name());
  }
}
