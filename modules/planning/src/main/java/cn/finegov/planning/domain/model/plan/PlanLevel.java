package cn.finegov.planning.domain.model.plan;

import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.org.UnitType;
import java.util.Locale;

/**
 * The level of government a plan belongs to. Each level has its own statutory date (module setting
 * {@code plan.due.<level>}): the city's plan for a year by 31 December of the year before, the
 * districts' decomposition by 31 January, the departments', streets' and enterprises' lists by the
 * end of February.
 */
public enum PlanLevel {
  /** 市级. */
  CITY("-1/12-31"),
  /** 区（县）级. */
  DISTRICT("01-31"),
  /** 部门. */
  DEPARTMENT("02-29"),
  /** 街道、镇（及其社区、村）. */
  STREET("02-29"),
  /** 公共服务企业. */
  ENTERPRISE("02-29");

  private final String defaultDueDate;

  PlanLevel(String defaultDueDate) {
    this.defaultDueDate = defaultDueDate;
  }

  /** The statutory date shipped with the suite, in the form of {@link StatutoryDueDate#parse}. */
  public String defaultDueDate() {
    return defaultDueDate;
  }

  /** The key of the module setting holding this level's statutory date. */
  public String settingKey() {
    return "plan.due." + name().toLowerCase(Locale.ROOT);
  }

  /** The level's name in the reader's language. */
  public MessageKey label() {
    return new MessageKey("planning.level." + name());
  }

  /**
   * The level of a plan of a unit of this type: towns and communities plan with the streets, the
   * grassroots level.
   */
  public static PlanLevel of(UnitType type) {
    return switch (type) {
      case CITY -> CITY;
      case DISTRICT -> DISTRICT;
      case DEPARTMENT -> DEPARTMENT;
      case STREET, TOWN, COMMUNITY -> STREET;
      case ENTERPRISE -> ENTERPRISE;
    };
  }
}
