package cn.finegov.grid.application.gridcase;

import cn.finegov.grid.domain.model.gridcase.GridCase;
import cn.finegov.grid.domain.model.gridcase.GridCaseRepository;
import cn.finegov.kernel.api.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Announces breached stage deadlines once per stage: the supervising unit and the responsible unit
 * hear of it, the case is marked, the announcement is audited.
 */
@ApplicationScoped
public class CaseEscalation {

  /** Most breaches announced in one run (the rest follow in the next). */
  static final int BATCH = 200;

  @Inject GridCaseRepository cases;
  @Inject CaseNotices notices;
  @Inject AuditLog audit;

  /**
   * Announces the breaches found at {@code now}.
   *
   * @return how many were announced
   */
  @Transactional
  public int announceBreaches(Instant now) {
    List<GridCase> breached = cases.breachedUnannounced(now, BATCH);
    for (GridCase gridCase : breached) {
      gridCase.markEscalated();
      notices.escalate(gridCase);
      audit.record(
          CaseService.AUDIT_TYPE,
          gridCase.number().value(),
          "ESCALATE",
          Map.of(),
          Map.of(
              "state", gridCase.state().name(),
              "due", gridCase.stageDueAt().map(Instant::toString).orElse("")));
    }
    return breached.size();
  }
}
