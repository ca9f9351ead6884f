package cn.finegov.grid.domain.model.component;

/** The state of an inventoried component (CJ/T 214). */
public enum ComponentState {
  /** 完好. */
  INTACT,
  /** 破损. */
  DAMAGED,
  /** 丢失. */
  MISSING,
  /** 占用. */
  OCCUPIED
}
