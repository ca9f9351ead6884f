package cn.finegov.kernel.application.user;

import java.util.Set;

/**
 * A user account to create.
 *
 * @param username login name
 * @param displayName name shown to others
 * @param unitId the user's organisation unit
 * @param roles roles held
 * @param password initial password
 */
public record UserDraft(
    String username, String displayName, Long unitId, Set<String> roles, char[] password) {}
