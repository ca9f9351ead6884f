package cn.finegov.kernel.api.lineage;

import java.util.List;

/**
 * Records and reads lineage links. Recording happens inside the transaction that derives the new
 * record, so that the link and the record are committed together; recording the same link twice
 * keeps one. Links only hold references: whoever follows one to the record still passes that
 * module's own permission and scope checks.
 */
public interface Lineage {

  /**
   * Records that {@code target} came from {@code source}.
   *
   * @param relation an upper-case name of the derivation, e.g. {@code CASE_FROM_TICKET}
   * @return the link (the existing one if it was recorded before)
   */
  LinkView link(EntityRef source, EntityRef target, String relation);

  /**
   * Records that {@code target}, made in the caller's transaction, came from {@code source}: as
   * {@link #link}, without looking for the same link first, which cannot exist yet, and without an
   * audit entry of its own. The caller audits the derivation in the same transaction with the
   * target among the entry's values (a hotline ticket's RECEIVE entry names its case as {@code
   * case}).
   */
  default LinkView linkNew(EntityRef source, EntityRef target, String relation) {
    return link(source, target, relation);
  }

  /** The records the given one came from (one step back), oldest link first. */
  List<LinkView> originsOf(EntityRef target);

  /** The records derived from the given one (one step forward), oldest link first. */
  List<LinkView> derivedFrom(EntityRef source);

  /**
   * Everything connected to the record in either direction, following links up to {@code maxDepth}
   * steps, each link once.
   */
  List<LinkView> trace(EntityRef record, int maxDepth);
}
