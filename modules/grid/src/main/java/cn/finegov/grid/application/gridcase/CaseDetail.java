package cn.finegov.grid.application.gridcase;

import cn.finegov.grid.domain.model.gridcase.CaseAction;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import cn.finegov.kernel.api.calendar.DeadlineView;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A case as its reader may see it.
 *
 * @param summary the case
 * @param reportedBy who reported it
 * @param contact the public reporter's contact: in full for those who handle the case, masked for
 *     other readers, {@code null} when none was left
 * @param deadline the running stage's deadline with how it was computed (kernel calendar)
 * @param timeline every step, oldest first
 * @param otherReporters reporters of cases merged into this one
 * @param allowed the steps the reader may take now
 * @param suggestedUnit while the case waits for dispatch, the unit the routing rules name (a
 *     dispatch without a unit goes there), else {@code null}
 */
public record CaseDetail(
    CaseSummary summary,
    String reportedBy,
    String contact,
    DeadlineView deadline,
    List<Step> timeline,
    List<String> otherReporters,
    List<CaseAction> allowed,
    String suggestedUnit)
    implements Serializable {

  /** A line on the timeline. */
  public record Step(
      Instant at,
      String actor,
      CaseAction action,
      CaseState from,
      CaseState to,
      String unitCode,
      String reason)
      implements Serializable {}
}
