package cn.finegov.planning.application;

/**
 * The issuing unit's decision on a request.
 *
 * @param approve granted or refused
 * @param note the reason (required for a refusal)
 */
public record Decision(Boolean approve, String note) {}
