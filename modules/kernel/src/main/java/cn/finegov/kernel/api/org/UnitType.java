package cn.finegov.kernel.api.org;

import java.util.EnumSet;
import java.util.Set;

/** Kinds of organisation unit and where each may stand in the tree. */
public enum UnitType {
  /** 市. */
  CITY,
  /** 区、县. */
  DISTRICT,
  /** 街道. */
  STREET,
  /** 镇、乡. */
  TOWN,
  /** 社区、村. */
  COMMUNITY,
  /** 部门 (委办局、中心、科室). */
  DEPARTMENT,
  /** 公共服务企业 (水、电、气、通信). */
  ENTERPRISE;

  /** Whether a unit of this type may stand at the top of the tree. */
  public boolean mayBeRoot() {
    return this == CITY || this == DISTRICT;
  }

  /** Types a unit of this type may be placed under. */
  public Set<UnitType> allowedParents() {
    return switch (this) {
      case CITY -> EnumSet.noneOf(UnitType.class);
      case DISTRICT -> EnumSet.of(CITY);
      case STREET, TOWN -> EnumSet.of(DISTRICT);
      case COMMUNITY -> EnumSet.of(STREET, TOWN);
      case DEPARTMENT -> EnumSet.of(CITY, DISTRICT, STREET, TOWN, DEPARTMENT);
      case ENTERPRISE -> EnumSet.of(CITY, DISTRICT);
    };
  }

  public boolean mayBeChildOf(UnitType parent) {
    return parent == null ? mayBeRoot() : allowedParents().contains(parent);
  }

  /** Bundle key of the type's display name. */
  public String labelKey() {
    return "unit.type." + name();
  }
}
