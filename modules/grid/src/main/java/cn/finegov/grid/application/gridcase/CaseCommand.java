package cn.finegov.grid.application.gridcase;

import cn.finegov.grid.domain.model.gridcase.CaseAction;

/**
 * One step on a case.
 *
 * @param action the step
 * @param unitCode the responsible unit (dispatch, arbitrate)
 * @param reason the reason or explanation (required for some steps)
 * @param days working days asked for (request postponement)
 * @param original the case number this one duplicates (merge)
 * @param version the case version the actor saw, or {@code null} not to check
 */
public record CaseCommand(
    CaseAction action,
    String unitCode,
    String reason,
    Integer days,
    String original,
    Long version) {

  public static CaseCommand of(CaseAction action) {
    return new CaseCommand(action, null, null, null, null, null);
  }

  public static CaseCommand withReason(CaseAction action, String reason) {
    return new CaseCommand(action, null, reason, null, null, null);
  }

  public static CaseCommand toUnit(CaseAction action, String unitCode, String reason) {
    return new CaseCommand(action, unitCode, reason, null, null, null);
  }
}
