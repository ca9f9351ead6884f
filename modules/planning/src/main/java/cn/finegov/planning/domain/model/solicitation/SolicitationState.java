package cn.finegov.planning.domain.model.solicitation;

import cn.finegov.kernel.api.i18n.MessageKey;

/**
 * Whether a round takes proposals ({@code OPEN}, within its dates) or no longer ({@code CLOSED}).
 */
public enum SolicitationState {
  OPEN,
  CLOSED;

  public MessageKey label() {
    return new MessageKey("planning.solicitation.state." + name());
  }
}
