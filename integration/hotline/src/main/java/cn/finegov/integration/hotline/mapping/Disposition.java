package cn.finegov.integration.hotline.mapping;

/** What the suite does with a ticket of a hotline category. */
public enum Disposition {
  /** A component or event problem: a grid case is made. */
  CASE,
  /** Staff route it by hand. */
  MANUAL,
  /** For the planning module (immediate tasks); waits until planning takes it. */
  PLANNING,
  /** For the disclosure module (information requests); waits until disclosure takes it. */
  DISCLOSURE
}
