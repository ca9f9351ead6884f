package cn.finegov.simulators.hotline;

/** The ways the simulator breaks a ticket on purpose, so that a test knows what it sent. */
public enum MalformedKind {
  /** A ticket's JSON cut off in the middle (a broken transmission): not parseable. */
  NOT_JSON,
  /** No {@code gdbh}. */
  MISSING_TICKET_NO,
  /** No {@code nr}. */
  MISSING_CONTENT,
  /** {@code sqlx} is {@code "XX"}. */
  BAD_REQUEST_TYPE,
  /** {@code slsj} is {@code "yesterday"}. */
  BAD_TIME,
  /** {@code nr} has 4001 characters (at most 4000 are allowed). */
  CONTENT_TOO_LONG,
  /** {@code ldr.dh} is {@code "12ab"} (caller neither anonymous nor without a name). */
  BAD_PHONE,
  /**
   * {@code flbm} is {@code "8888"}: well-formed, but a code that the hotline's table does not have,
   * so that no mapping exists on the suite's side. The suite decides whether that is a rejection.
   */
  UNKNOWN_CATEGORY
}
