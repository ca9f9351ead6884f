package cn.finegov.kernel.application.user;

import java.util.Set;

/**
 * New values of a user account.
 *
 * @param displayName name shown to others
 * @param unitId the user's organisation unit
 * @param roles roles held
 * @param extraUnitIds units granted beyond the own one ({@code null} keeps them)
 * @param version the version the editor saw
 */
public record UserChange(
    String displayName, Long unitId, Set<String> roles, Set<Long> extraUnitIds, long version) {}
