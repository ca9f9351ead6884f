package cn.finegov.grid.domain.model.category;

/** What a case is about: a managed component (部件) or an event (事件). */
public enum CaseKind {
  /** 部件: a public facility with an inventory entry (manhole cover, street lamp, bench...). */
  COMPONENT,
  /** 事件: a situation (illegal parking, piled rubbish, unlicensed advertising...). */
  EVENT
}
