package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.UnitType;
import cn.finegov.kernel.application.org.UnitChange;
import cn.finegov.kernel.application.org.UnitDraft;

/**
 * A unit sent by a client, for creating ({@code code} required) or changing ({@code version}
 * required).
 *
 * @param code unit code (ignored when changing)
 * @param name full name
 * @param shortName short name
 * @param type one of CITY, DISTRICT, STREET, TOWN, COMMUNITY, DEPARTMENT, ENTERPRISE
 * @param parentId parent identifier, absent for the top
 * @param sortOrder position among siblings
 * @param version the version last read (changing only)
 */
public record UnitInput(
    String code,
    String name,
    String shortName,
    String type,
    Long parentId,
    Integer sortOrder,
    Long version) {

  UnitDraft toDraft() {
    return new UnitDraft(code, name, shortName, parseType(type), parentId, sortOrder);
  }

  UnitChange toChange() {
    if (version == null) {
      throw ValidationException.of("version", "validation.required");
    }
    return new UnitChange(name, shortName, parseType(type), parentId, sortOrder, version);
  }

  static UnitType parseType(String type) {
    if (type == null || type.isBlank()) {
      throw ValidationException.of("type", "validation.required");
    }
    try {
      return UnitType.valueOf(type.strip());
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("type", "unit.type.unknown", type.strip());
    }
  }
}
