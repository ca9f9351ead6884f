package cn.finegov.kernel.domain.model.user;

import java.util.Set;

/**
 * A person as the LDAP directory describes him, after his password was accepted there.
 *
 * @param username login name
 * @param distinguishedName his entry's DN
 * @param displayName his name
 * @param unitCode code of his unit, or {@code null} when the directory has none
 * @param groups names (CN) of the groups he belongs to
 */
public record DirectoryPerson(
    String username,
    String distinguishedName,
    String displayName,
    String unitCode,
    Set<String> groups) {

  public DirectoryPerson {
    groups = Set.copyOf(groups);
  }
}
