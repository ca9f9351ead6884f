package cn.finegov.planning.domain.model.plan;

/**
 * What a plan search asks for; {@code null} fields do not filter.
 *
 * @param year the plan year
 * @param level the level
 * @param state the state
 * @param unitCode the owner unit's code
 */
public record PlanFilter(Integer year, PlanLevel level, PlanState state, String unitCode) {}
