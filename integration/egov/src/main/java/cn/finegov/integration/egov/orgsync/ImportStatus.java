package cn.finegov.integration.egov.orgsync;

/** Where the import of one directory file (or of a replayed row) stands. */
public enum ImportStatus {
  /** Read and queued; the rows are not applied yet. */
  QUEUED,
  /** The same file (same content) was received before; nothing was done. */
  DUPLICATE,
  /** Every row was applied. */
  APPLIED,
  /** Good rows were applied; bad rows went to the dead letters. */
  PARTIAL,
  /** The file could not be read at all; it is in the dead letters. */
  FAILED
}
