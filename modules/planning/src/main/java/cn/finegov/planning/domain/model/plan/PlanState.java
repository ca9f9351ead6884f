package cn.finegov.planning.domain.model.plan;

import cn.finegov.kernel.api.i18n.MessageKey;

/** Where a plan stands; the actions that move it are {@link PlanAction}s. */
public enum PlanState {
  /** 草稿: being written; the only state in which the plan and its task list may be edited. */
  DRAFT,
  /** 审核中: submitted for review. */
  IN_REVIEW,
  /** 已批准: approved, waiting for publication. */
  APPROVED,
  /** 已发布: published; read-only. */
  PUBLISHED;

  /** Whether the plan's contents and task list may be changed. */
  public boolean editable() {
    return this == DRAFT;
  }

  public MessageKey label() {
    return new MessageKey("planning.plan.state." + name());
  }
}
