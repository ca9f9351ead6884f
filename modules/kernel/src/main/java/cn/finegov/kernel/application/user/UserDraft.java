package cn.finegov.kernel.application.user;

import java.util.Set;

/**
 * A user account to create.
 *
 * @param username login name
 * @param displayName name shown to others
 * @param unitId the user's organisation unit
 * @param roles roles held
 * @param extraUnitIds units granted beyond the own one (each with everything below it)
 * @param password initial password, to be changed at the first sign-in
 */
public record UserDraft(
    String username,
    String displayName,
    Long unitId,
    Set<String> roles,
    Set<Long> extraUnitIds,
    char[] password) {}
