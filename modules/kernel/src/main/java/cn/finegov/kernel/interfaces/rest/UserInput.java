package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.application.user.UserChange;
import cn.finegov.kernel.application.user.UserDraft;
import java.util.List;
import java.util.Set;

/**
 * A user account sent by a client.
 *
 * @param username login name (creating only)
 * @param displayName display name
 * @param unitId organisation unit
 * @param roles role codes
 * @param extraUnitIds units granted beyond the own one ({@code null} keeps them when changing)
 * @param password initial password (creating only)
 * @param version the version last read (changing only)
 */
public record UserInput(
    String username,
    String displayName,
    Long unitId,
    List<String> roles,
    List<Long> extraUnitIds,
    String password,
    Long version) {

  UserDraft toDraft() {
    return new UserDraft(
        username,
        displayName,
        unitId,
        roleSet(),
        extraUnitIds == null ? Set.of() : Set.copyOf(extraUnitIds),
        password == null ? new char[0] : password.toCharArray());
  }

  UserChange toChange() {
    if (version == null) {
      throw ValidationException.of("version", "validation.required");
    }
    return new UserChange(
        displayName,
        unitId,
        roleSet(),
        extraUnitIds == null ? null : Set.copyOf(extraUnitIds),
        version);
  }

  private Set<String> roleSet() {
    return roles == null ? Set.of() : Set.copyOf(roles);
  }
}
