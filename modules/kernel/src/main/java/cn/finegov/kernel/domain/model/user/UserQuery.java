package cn.finegov.kernel.domain.model.user;

/**
 * Filter of a user list.
 *
 * @param text part of the login or display name, or {@code null}
 * @param unitId only users of this unit, or {@code null}
 * @param role only users holding this role, or {@code null}
 * @param active only active ({@code true}) or inactive ({@code false}) users, or both ({@code
 *     null})
 * @param sortField {@code username}, {@code displayName}, {@code lastLoginAt}; anything else sorts
 *     by login name
 * @param ascending sort direction
 */
public record UserQuery(
    String text, Long unitId, String role, Boolean active, String sortField, boolean ascending) {}
