package cn.finegov.simulators.hotline;

/** How a scenario hands tickets to the suite. */
public enum Channel {
  /** Signed HTTP pushes. */
  PUSH,
  /** Rows in the middle database's {@code hl_exchange_ticket}. */
  TABLE,
  /** Each ticket both ways: first a row, then a push (the suite must keep it once). */
  BOTH
}
