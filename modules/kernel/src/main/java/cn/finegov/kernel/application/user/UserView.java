package cn.finegov.kernel.application.user;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A user account as screens and REST show it; never the password hash.
 *
 * @param id identifier
 * @param username login name
 * @param displayName display name
 * @param unitId unit identifier
 * @param unitCode unit code
 * @param unitName unit name
 * @param roles roles held
 * @param active whether the account may sign in
 * @param lastLoginAt time of the last successful sign-in, or {@code null}
 * @param version version for optimistic locking
 */
public record UserView(
    long id,
    String username,
    String displayName,
    long unitId,
    String unitCode,
    String unitName,
    Set<String> roles,
    boolean active,
    Instant lastLoginAt,
    long version)
    implements Serializable {}
