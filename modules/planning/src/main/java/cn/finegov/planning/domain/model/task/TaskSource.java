package cn.finegov.planning.domain.model.task;

import cn.finegov.kernel.api.i18n.MessageKey;

/** Where a task's problem came from. */
public enum TaskSource {
  /** 12345 热线. */
  HOTLINE_12345,
  /** 政府门户网站. */
  GOVERNMENT_PORTAL,
  /** 移动端（APP、小程序）. */
  MOBILE_APP,
  /** 媒体. */
  MEDIA,
  /** 人大代表联络站. */
  DEPUTY_LIAISON_STATION,
  /** 政协委员工作室. */
  CPPCC_STUDIO,
  /** 其他（含本级梳理）. */
  OTHER;

  public MessageKey label() {
    return new MessageKey("planning.source." + name());
  }
}
