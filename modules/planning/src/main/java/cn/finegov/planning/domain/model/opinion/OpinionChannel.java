package cn.finegov.planning.domain.model.opinion;

import cn.finegov.kernel.api.i18n.MessageKey;

/** How an opinion reached the government (seed 000, article 8: letters, e-mail and other forms). */
public enum OpinionChannel {
  /** 信函. */
  LETTER,
  /** 电子邮件. */
  EMAIL,
  /** 政府门户网站. */
  PORTAL,
  /** 其他. */
  OTHER;

  public MessageKey label() {
    return new MessageKey("planning.opinion.channel." + name());
  }
}
