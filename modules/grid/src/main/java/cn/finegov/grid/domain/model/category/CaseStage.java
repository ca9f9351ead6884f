package cn.finegov.grid.domain.model.category;

/**
 * The timed stages of a case, each with a limit per minor category (立结案标准): the clock of a stage
 * starts when the case enters it.
 */
public enum CaseStage {
  /** 立案: from the report until filed or rejected by the supervision centre. */
  FILE,
  /** 派遣: from filing until dispatched to a responsible unit by the command centre. */
  DISPATCH,
  /** 签收: from dispatch until the unit signs for the case. */
  SIGN,
  /** 处置: from signing until the unit reports back. */
  HANDLE,
  /** 核查: from the unit's feedback until the verification result. */
  VERIFY
}
