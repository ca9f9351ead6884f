package cn.finegov.kernel.api.calendar;

/** Whether a registered deadline still runs. */
public enum DeadlineStatus {
  /** Running: follows calendar changes. */
  OPEN,
  /** Met or no longer relevant: frozen. */
  CLOSED
}
