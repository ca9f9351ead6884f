package cn.finegov.kernel.application.role;

import java.io.Serializable;
import java.util.Set;

/**
 * A role as screens and REST show it.
 *
 * @param code role code
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param description what the role is for
 * @param builtIn whether it ships with the suite (cannot be renamed or deleted)
 * @param permissions permission keys
 * @param holders number of users holding it
 * @param version version for optimistic locking
 */
public record RoleView(
    String code,
    String nameZh,
    String nameEn,
    String description,
    boolean builtIn,
    Set<String> permissions,
    long holders,
    long version)
    implements Serializable {}
