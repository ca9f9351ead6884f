package cn.finegov.integration.hotline.ticket;

import java.util.Optional;

/** 回访结果, with the hotline's codes. */
public enum Satisfaction {
  /** 满意. */
  SATISFIED("MY"),
  /** 基本满意. */
  BASICALLY_SATISFIED("JBMY"),
  /** 不满意: the case is reopened. */
  DISSATISFIED("BMY"),
  /** 无法联系. */
  UNREACHABLE("WFLX");

  private final String code;

  Satisfaction(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Satisfaction> ofCode(String code) {
    for (Satisfaction s : values()) {
      if (s.code.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
