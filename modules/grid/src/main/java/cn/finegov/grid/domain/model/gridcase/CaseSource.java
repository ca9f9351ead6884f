package cn.finegov.grid.domain.model.gridcase;

/** Where a case came from. */
public enum CaseSource {
  /** 网格员巡查上报. */
  GRID_WORKER,
  /** 监督员上报. */
  SUPERVISOR,
  /** 公众举报 (app, portal, Open311). */
  PUBLIC,
  /** 12345热线转办. */
  HOTLINE,
  /** 视频智能识别告警. */
  VIDEO_ALARM,
  /** 物联网感知告警. */
  IOT_ALARM
}
