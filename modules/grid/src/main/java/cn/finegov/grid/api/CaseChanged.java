package cn.finegov.grid.api;

import java.time.Instant;

/**
 * A case was reported or took a step. Fired synchronously inside the transaction of the change, so
 * an observer's own writes commit or roll back with it.
 *
 * @param caseNumber the case
 * @param action the step ({@code FILE}, {@code DISPATCH}, {@code SIGN}, {@code RETURN}, {@code
 *     REQUEST_POSTPONEMENT}, {@code APPROVE_POSTPONEMENT}, {@code CLOSE}, {@code CLOSE_ON_SPOT},
 *     {@code LEDGER}, {@code REJECT}, {@code MERGE}, {@code REOPEN}, ...), {@link #REPORTED} for
 *     the report itself
 * @param fromState the state before, {@code null} for the report
 * @param toState the state after
 * @param reason the reason or note written with the step, or {@code null}
 * @param days working days asked for ({@code REQUEST_POSTPONEMENT}), else {@code null}
 * @param responsibleUnitCode the unit handling the case after the step, or {@code null}
 * @param mergedInto the case it was merged into ({@code MERGE}), else {@code null}
 * @param source where the case came from ({@code HOTLINE}, {@code PUBLIC}, ...)
 * @param externalId the sending system's id of the report (a hotline ticket number), or {@code
 *     null}
 * @param actor who took the step
 * @param at when
 */
public record CaseChanged(
    String caseNumber,
    String action,
    String fromState,
    String toState,
    String reason,
    Integer days,
    String responsibleUnitCode,
    String mergedInto,
    String source,
    String externalId,
    String actor,
    Instant at) {

  /** The action name of the report that created the case. */
  public static final String REPORTED = "REPORT";
}
