package cn.finegov.integration.hotline.ticket;

import java.util.Optional;

/** How the citizen reached the hotline (受理渠道). */
public enum TicketChannel {
  /** 电话. */
  DH,
  /** 网站. */
  WZ,
  /** 微信. */
  WX,
  /** 移动应用. */
  APP,
  /** 电子邮件. */
  YJ;

  public static Optional<TicketChannel> ofCode(String code) {
    for (TicketChannel channel : values()) {
      if (channel.name().equals(code)) {
        return Optional.of(channel);
      }
    }
    return Optional.empty();
  }
}
