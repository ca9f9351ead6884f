package cn.finegov.planning.domain.model.solicitation;

import cn.finegov.kernel.api.i18n.MessageKey;

/**
 * A proposal's evaluation: {@code RECEIVED} waits for the unit's reasoned answer, which is final:
 * {@code ADOPTED} (it became a task), {@code MERGED} (a duplicate, answered with the proposal it
 * was merged into) or {@code NOT_ADOPTED} (with the reason).
 */
public enum ProposalState {
  RECEIVED,
  ADOPTED,
  MERGED,
  NOT_ADOPTED;

  /** Whether the proposal has its answer. */
  public boolean evaluated() {
    return this != RECEIVED;
  }

  public MessageKey label() {
    return new MessageKey("planning.proposal.state." + name());
  }
}
