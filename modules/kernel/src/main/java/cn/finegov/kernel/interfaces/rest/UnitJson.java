package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.application.org.UnitNode;

/**
 * An organisation unit in REST answers.
 *
 * @param id identifier
 * @param code unit code
 * @param name full name
 * @param shortName short name or {@code null}
 * @param type unit type
 * @param parentId parent identifier or {@code null}
 * @param active in use
 * @param sortOrder position among siblings
 * @param path identifiers from the top, {@code /1/5/23/}
 * @param hasChildren whether units stand below it ({@code null} when not computed)
 * @param version version to send back when changing it ({@code null} when not computed)
 * @param inScope whether the caller may act on it ({@code false} for units shown only because they
 *     lead down to his scope; {@code null} when not computed)
 */
public record UnitJson(
    long id,
    String code,
    String name,
    String shortName,
    String type,
    Long parentId,
    boolean active,
    int sortOrder,
    String path,
    Boolean hasChildren,
    Long version,
    Boolean inScope) {

  static UnitJson of(UnitNode node) {
    UnitSummary unit = node.unit();
    return new UnitJson(
        unit.id(),
        unit.code(),
        unit.name(),
        unit.shortName(),
        unit.type().name(),
        unit.parentId(),
        unit.active(),
        unit.sortOrder(),
        unit.path(),
        node.hasChildren(),
        node.version(),
        node.inScope());
  }

  static UnitJson of(UnitSummary unit) {
    return new UnitJson(
        unit.id(),
        unit.code(),
        unit.name(),
        unit.shortName(),
        unit.type().name(),
        unit.parentId(),
        unit.active(),
        unit.sortOrder(),
        unit.path(),
        null,
        null,
        null);
  }
}
