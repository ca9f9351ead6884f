package cn.finegov.integration.hotline.ticket;

import java.util.Optional;

/** 诉求类型, with the hotline's codes. */
public enum RequestType {
  /** 咨询. */
  ZX,
  /** 求助. */
  QZ,
  /** 投诉. */
  TS,
  /** 举报. */
  JB,
  /** 建议. */
  JY,
  /** 表扬. */
  BY;

  public static Optional<RequestType> ofCode(String code) {
    for (RequestType type : values()) {
      if (type.name().equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
