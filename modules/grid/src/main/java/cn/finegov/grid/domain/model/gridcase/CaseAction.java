package cn.finegov.grid.domain.model.gridcase;

import static cn.finegov.grid.domain.model.gridcase.CaseState.CLOSED;
import static cn.finegov.grid.domain.model.gridcase.CaseState.DISPATCHED;
import static cn.finegov.grid.domain.model.gridcase.CaseState.FEEDBACK;
import static cn.finegov.grid.domain.model.gridcase.CaseState.FILED;
import static cn.finegov.grid.domain.model.gridcase.CaseState.HANDLING;
import static cn.finegov.grid.domain.model.gridcase.CaseState.LEDGERED;
import static cn.finegov.grid.domain.model.gridcase.CaseState.MERGED;
import static cn.finegov.grid.domain.model.gridcase.CaseState.POSTPONED;
import static cn.finegov.grid.domain.model.gridcase.CaseState.POSTPONEMENT_REQUESTED;
import static cn.finegov.grid.domain.model.gridcase.CaseState.REJECTED;
import static cn.finegov.grid.domain.model.gridcase.CaseState.REOPENED;
import static cn.finegov.grid.domain.model.gridcase.CaseState.REPORTED;
import static cn.finegov.grid.domain.model.gridcase.CaseState.RETURNED;
import static cn.finegov.grid.domain.model.gridcase.CaseState.REWORK;
import static cn.finegov.grid.domain.model.gridcase.CaseState.SIGNED;
import static cn.finegov.grid.domain.model.gridcase.CaseState.VERIFYING;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageKey;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The case lifecycle in one place: every action, the states it may start from, the state it leads
 * to, the duty it needs and whether a written reason is required.
 */
public enum CaseAction {
  /** 立案. */
  FILE(EnumSet.of(REPORTED), FILED, CaseDuty.ACCEPT, false),
  /** 不予立案, with the reason. */
  REJECT(EnumSet.of(REPORTED), REJECTED, CaseDuty.ACCEPT, true),
  /** 简易案件当场结案: the reporter fixed it on the spot (before and after photos). */
  CLOSE_ON_SPOT(EnumSet.of(REPORTED), CLOSED, CaseDuty.REPORT, false),
  /** 合并: a probable duplicate joins the original case; its reporters are carried over. */
  MERGE(EnumSet.of(REPORTED, FILED), MERGED, CaseDuty.ACCEPT, false),
  /** 派遣 (also after a return or a reopening). */
  DISPATCH(EnumSet.of(FILED, RETURNED, REOPENED), DISPATCHED, CaseDuty.DISPATCH, false),
  /** 仲裁: the command centre decides a jurisdiction dispute and assigns the unit, with reasons. */
  ARBITRATE(EnumSet.of(RETURNED), DISPATCHED, CaseDuty.DISPATCH, true),
  /** 签收. */
  SIGN(EnumSet.of(DISPATCHED), SIGNED, CaseDuty.HANDLE, false),
  /** 回退: not the unit's jurisdiction, with reasons. */
  RETURN(EnumSet.of(DISPATCHED, SIGNED), RETURNED, CaseDuty.HANDLE, true),
  /** 开始处置 (also again after a failed verification). */
  START(EnumSet.of(SIGNED, REWORK), HANDLING, CaseDuty.HANDLE, false),
  /** 申请延期, with the reason. */
  REQUEST_POSTPONEMENT(EnumSet.of(HANDLING), POSTPONEMENT_REQUESTED, CaseDuty.HANDLE, true),
  /** 批准延期: a new handling deadline. */
  APPROVE_POSTPONEMENT(EnumSet.of(POSTPONEMENT_REQUESTED), POSTPONED, CaseDuty.DISPATCH, false),
  /** 不批准延期, with the reason: the original deadline stands. */
  REFUSE_POSTPONEMENT(EnumSet.of(POSTPONEMENT_REQUESTED), HANDLING, CaseDuty.DISPATCH, true),
  /** 处置反馈 (after photo). */
  REPORT_BACK(EnumSet.of(HANDLING, POSTPONED), FEEDBACK, CaseDuty.HANDLE, false),
  /** 挂账: unsolvable for now, with a written explanation. */
  LEDGER(EnumSet.of(HANDLING, POSTPONED), LEDGERED, CaseDuty.DISPATCH, true),
  /** 核查: a supervisor or grid worker goes to check. */
  START_VERIFICATION(EnumSet.of(FEEDBACK), VERIFYING, CaseDuty.VERIFY, false),
  /** 核查通过, 结案. */
  CLOSE(EnumSet.of(VERIFYING), CLOSED, CaseDuty.VERIFY, false),
  /** 核查不通过: back to the unit, counted as rework, with the reason. */
  SEND_BACK(EnumSet.of(VERIFYING), REWORK, CaseDuty.VERIFY, true),
  /** 重新打开: a dissatisfied return visit or a ledgered case taken up again, with the reason. */
  REOPEN(EnumSet.of(CLOSED, LEDGERED), REOPENED, CaseDuty.ACCEPT, true);

  private final Set<CaseState> from;
  private final CaseState to;
  private final CaseDuty duty;
  private final boolean reasonRequired;

  CaseAction(Set<CaseState> from, CaseState to, CaseDuty duty, boolean reasonRequired) {
    this.from = from;
    this.to = to;
    this.duty = duty;
    this.reasonRequired = reasonRequired;
  }

  public CaseState to() {
    return to;
  }

  public CaseDuty duty() {
    return duty;
  }

  public boolean reasonRequired() {
    return reasonRequired;
  }

  /** The action's name in the reader's language (bundle key {@code grid.action.<NAME>}). */
  public MessageKey label() {
    return new MessageKey("grid.action." + name());
  }

  /** Whether the action may start from {@code state}. */
  public boolean allowedFrom(CaseState state) {
    return from.contains(state);
  }

  /**
   * The state the action leads to from {@code state}.
   *
   * @throws DomainException {@code CONFLICT}, key {@code grid.case.transition} with the names of
   *     the state and the action, when the action is not allowed there
   */
  public CaseState from(CaseState state) {
    if (!allowedFrom(state)) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, "grid.case.transition", state.label(), label());
    }
    return to;
  }

  /** The actions allowed in {@code state}, in declaration order. */
  public static List<CaseAction> allowedIn(CaseState state) {
    return Arrays.stream(values()).filter(action -> action.allowedFrom(state)).toList();
  }
}
