package cn.finegov.planning.domain.model.plan;

import static cn.finegov.planning.domain.model.plan.PlanState.APPROVED;
import static cn.finegov.planning.domain.model.plan.PlanState.DRAFT;
import static cn.finegov.planning.domain.model.plan.PlanState.IN_REVIEW;
import static cn.finegov.planning.domain.model.plan.PlanState.PUBLISHED;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageKey;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The plan lifecycle in one place: DRAFT → SUBMIT → IN_REVIEW → APPROVE → APPROVED → PUBLISH →
 * PUBLISHED; a reviewer may send a plan in review (or approved and not yet published) back to DRAFT
 * with a reason.
 */
public enum PlanAction {
  /** 提交审核. */
  SUBMIT(EnumSet.of(DRAFT), IN_REVIEW, PlanDuty.EDIT, false),
  /** 退回修改, with the reason. */
  RETURN(EnumSet.of(IN_REVIEW, APPROVED), DRAFT, PlanDuty.APPROVE, true),
  /** 审核通过. */
  APPROVE(EnumSet.of(IN_REVIEW), APPROVED, PlanDuty.APPROVE, false),
  /** 发布. */
  PUBLISH(EnumSet.of(APPROVED), PUBLISHED, PlanDuty.PUBLISH, false);

  /** The duties of the plan lifecycle, each a permission. */
  public enum PlanDuty {
    EDIT("planning.plan.edit"),
    APPROVE("planning.plan.approve"),
    PUBLISH("planning.plan.publish");

    private final String permission;

    PlanDuty(String permission) {
      this.permission = permission;
    }

    public String permission() {
      return permission;
    }
  }

  private final Set<PlanState> from;
  private final PlanState to;
  private final PlanDuty duty;
  private final boolean reasonRequired;

  PlanAction(Set<PlanState> from, PlanState to, PlanDuty duty, boolean reasonRequired) {
    this.from = from;
    this.to = to;
    this.duty = duty;
    this.reasonRequired = reasonRequired;
  }

  public PlanState to() {
    return to;
  }

  public PlanDuty duty() {
    return duty;
  }

  public boolean reasonRequired() {
    return reasonRequired;
  }

  public boolean allowedFrom(PlanState state) {
    return from.contains(state);
  }

  public MessageKey label() {
    return new MessageKey("planning.plan.action." + name());
  }

  /**
   * The state the action leads to from {@code state}.
   *
   * @throws DomainException {@code CONFLICT} ({@code planning.plan.transition}) when not allowed
   */
  public PlanState from(PlanState state) {
    if (!allowedFrom(state)) {
      throw DomainException.conflict("planning.plan.transition", state.label(), label());
    }
    return to;
  }

  /** The actions allowed in {@code state}. */
  public static List<PlanAction> allowedIn(PlanState state) {
    return Arrays.stream(values()).filter(a -> a.allowedFrom(state)).toList();
  }
}
