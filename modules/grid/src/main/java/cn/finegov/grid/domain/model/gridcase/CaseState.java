package cn.finegov.grid.domain.model.gridcase;

import cn.finegov.grid.domain.model.category.CaseStage;
import cn.finegov.kernel.api.i18n.MessageKey;
import java.util.Optional;

/**
 * Where a case stands. The actions that move it are {@link CaseAction}s; each state says which
 * stage's clock runs in it.
 */
public enum CaseState {
  /** 上报: reported, waiting for the supervision centre. */
  REPORTED(CaseStage.FILE),
  /** 不予立案: refused at intake, with a reason. */
  REJECTED(null),
  /** 立案: filed, waiting for the command centre. */
  FILED(CaseStage.DISPATCH),
  /** 派遣: dispatched to a responsible unit, waiting for it to sign. */
  DISPATCHED(CaseStage.SIGN),
  /** 回退: the unit says it is not its jurisdiction; the command centre re-dispatches. */
  RETURNED(CaseStage.DISPATCH),
  /** 签收: the unit has signed for it. */
  SIGNED(CaseStage.HANDLE),
  /** 处置中: being handled. */
  HANDLING(CaseStage.HANDLE),
  /** 申请延期: the unit asked for more time; the command centre decides. */
  POSTPONEMENT_REQUESTED(CaseStage.HANDLE),
  /** 延期: handled under an extended deadline. */
  POSTPONED(CaseStage.HANDLE),
  /** 处置反馈: the unit reported back; waiting for verification. */
  FEEDBACK(CaseStage.VERIFY),
  /** 核查中: being verified on site. */
  VERIFYING(CaseStage.VERIFY),
  /** 返工: verification failed; back to the unit. */
  REWORK(CaseStage.HANDLE),
  /** 挂账: unsolvable for now, with a written explanation. */
  LEDGERED(null),
  /** 结案: closed. */
  CLOSED(null),
  /** 重新打开: reopened after a dissatisfied return visit; the command centre dispatches again. */
  REOPENED(CaseStage.DISPATCH),
  /** 合并: merged into another case as its duplicate. */
  MERGED(null);

  private final CaseStage stage;

  CaseState(CaseStage stage) {
    this.stage = stage;
  }

  /** The stage whose clock runs in this state; empty when no clock runs. */
  public Optional<CaseStage> stage() {
    return Optional.ofNullable(stage);
  }

  /** The state's name in the reader's language (bundle key {@code grid.state.<NAME>}). */
  public MessageKey label() {
    return new MessageKey("grid.state." + name());
  }

  /** Whether work on the case is still expected (a clock runs). */
  public boolean open() {
    return stage != null;
  }
}
