package cn.finegov.planning.domain.model.opinion;

import cn.finegov.kernel.api.i18n.MessageKey;

/**
 * An opinion's way: {@code ASSIGNED} to a unit (on receipt or re-assigned), {@code HANDLING} once
 * the unit took it up, {@code ANSWERED} with the feedback to the citizen (final).
 */
public enum OpinionState {
  ASSIGNED,
  HANDLING,
  ANSWERED;

  /** Whether the citizen still waits for the answer. */
  public boolean open() {
    return this != ANSWERED;
  }

  public MessageKey label() {
    return new MessageKey("planning.opinion.state." + name());
  }
}
