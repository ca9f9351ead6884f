package cn.finegov.planning.application.participation;

/**
 * A new satisfaction evaluation round.
 *
 * @param year the plan year evaluated
 * @param level the level of the plans evaluated: {@code CITY}, {@code DISTRICT}, {@code
 *     DEPARTMENT}, {@code STREET}, {@code ENTERPRISE}
 * @param unitCode the organising unit (default: the caller's); plans of units below it are scored
 */
public record EvaluationDraft(Integer year, String level, String unitCode, String title) {}
