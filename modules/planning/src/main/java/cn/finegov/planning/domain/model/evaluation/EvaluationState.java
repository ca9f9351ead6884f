package cn.finegov.planning.domain.model.evaluation;

import cn.finegov.kernel.api.i18n.MessageKey;

/**
 * A round takes scores while {@code OPEN}; once {@code PUBLISHED} its results are public and fixed.
 */
public enum EvaluationState {
  OPEN,
  PUBLISHED;

  public MessageKey label() {
    return new MessageKey("planning.evaluation.state." + name());
  }
}
