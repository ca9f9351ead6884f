package cn.finegov.integration.hotline.ticket;

/** What a feedback message tells the hotline. */
public enum FeedbackKind {
  /** 签收: the handling unit signed for the ticket. */
  QS,
  /** 退单: sent back with the reason (not ours, not a case). */
  TH,
  /** 延期申请: more working days asked for, with the reason. */
  YQ,
  /** 答复/办结: the reply at completion. */
  HF
}
