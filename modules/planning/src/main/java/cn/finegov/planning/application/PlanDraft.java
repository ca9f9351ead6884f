package cn.finegov.planning.application;

/**
 * A new plan or a change of one.
 *
 * @param year the plan year (creation only)
 * @param level {@code CITY}, {@code DISTRICT}, {@code DEPARTMENT}, {@code STREET} or {@code
 *     ENTERPRISE}; blank: from the unit's type (creation only)
 * @param unitCode the owner unit (creation only)
 * @param parentPlanId the plan of the issuing level, or {@code null} (creation only)
 * @param version the version changed (changes only; {@code null} skips the check)
 */
public record PlanDraft(
    Integer year,
    String level,
    String unitCode,
    String title,
    String problems,
    String targets,
    String safeguards,
    Long parentPlanId,
    Long version) {}
