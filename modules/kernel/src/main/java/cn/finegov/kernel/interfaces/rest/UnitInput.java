package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.UnitCode;
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

  /** The unit to create; every invalid field is reported at once. */
  UnitDraft toDraft() {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (!UnitCode.isValid(code)) {
      errors.add(
          "code", "unit.code.invalid", code == null ? "" : code.strip(), UnitCode.MAX_LENGTH);
    }
    errors.required("name", name);
    UnitType unitType = type(errors);
    errors.throwIfAny();
    return new UnitDraft(code, name, shortName, unitType, parentId, sortOrder);
  }

  /** The new values of an existing unit; every invalid field is reported at once. */
  UnitChange toChange() {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (version == null) {
      errors.add("version", "validation.required");
    }
    errors.required("name", name);
    UnitType unitType = type(errors);
    errors.throwIfAny();
    return new UnitChange(name, shortName, unitType, parentId, sortOrder, version);
  }

  private UnitType type(ValidationException.Collector errors) {
    if (type == null || type.isBlank()) {
      errors.add("type", "validation.required");
      return null;
    }
    try {
      return UnitType.valueOf(type.strip());
    } catch (IllegalArgumentException e) {
      errors.add("type", "unit.type.unknown", type.strip());
      return null;
    }
  }
}
