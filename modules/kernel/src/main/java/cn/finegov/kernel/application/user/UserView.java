package cn.finegov.kernel.application.user;

import cn.finegov.kernel.api.org.UnitSummary;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
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
 * @param extraUnits units granted beyond the own one
 * @param active whether the account may sign in
 * @param lockedUntil end of a lock after failed sign-ins, or {@code null}
 * @param source {@code LOCAL} or {@code LDAP}
 * @param lastLoginAt time of the last successful sign-in, or {@code null}
 * @param passwordChangedAt when the password was last set
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
    List<UnitSummary> extraUnits,
    boolean active,
    Instant lockedUntil,
    String source,
    Instant lastLoginAt,
    Instant passwordChangedAt,
    long version)
    implements Serializable {

  /** Whether the account is locked at the moment the view was made. */
  public boolean locked() {
    return lockedUntil != null;
  }
}
