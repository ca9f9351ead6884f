package cn.finegov.grid.application.category;

import java.util.Map;

/**
 * A category as somebody wants it (new or changed).
 *
 * @param code one-list form {@code C0101} / {@code E0101}; ignored on a change
 * @param majorName the major category's name (required)
 * @param name the minor category's name (required)
 * @param nameEn the English name, optional
 * @param limits the limit of every stage by stage name ({@code FILE}, {@code DISPATCH}, {@code
 *     SIGN}, {@code HANDLE}, {@code VERIFY}) in short form ({@code 30min}, {@code 2h}, {@code 3wd})
 * @param defaultUnit the unit code handling it without a routing rule; blank for none
 * @param publicService offered to the public
 * @param active in use
 * @param version on a change, the version it was made on ({@code null}: do not check)
 */
public record CategoryDraft(
    String code,
    String majorName,
    String name,
    String nameEn,
    Map<String, String> limits,
    String defaultUnit,
    boolean publicService,
    boolean active,
    Long version) {}
