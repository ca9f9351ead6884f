package cn.finegov.kernel.api.org;

/** What applying one {@link ExternalUnit} did. */
public enum SyncOutcome {
  CREATED,
  UPDATED,
  DEACTIVATED,
  REACTIVATED,
  /** The unit already matched; nothing was written. */
  UNCHANGED
}
