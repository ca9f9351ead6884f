package cn.finegov.kernel.domain.model.calendar;

/** Where a stored day or arrangement came from. */
public enum DayOrigin {
  /** The files shipped with the suite ({@code config/calendars}), loaded at start. */
  REFERENCE,
  /** A year file uploaded by an administrator (screen or REST). */
  UPLOAD,
  /** A single day edited by an administrator. */
  SCREEN
}
