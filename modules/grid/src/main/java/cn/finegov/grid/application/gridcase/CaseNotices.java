package cn.finegov.grid.application.gridcase;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.domain.model.gridcase.CaseDuty;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import cn.finegov.grid.domain.model.gridcase.GridCase;
import cn.finegov.kernel.api.notification.NotificationRequest;
import cn.finegov.kernel.api.notification.Notifier;
import cn.finegov.kernel.api.notification.Recipients;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Tells whoever acts next on a case: the holders of the duty the case now waits for, in the unit of
 * its place (filing, dispatch, verification) or the responsible unit (handling); and the
 * supervising unit when a stage deadline is breached.
 */
@ApplicationScoped
public class CaseNotices {

  @Inject Notifier notifier;
  @Inject OrganisationDirectory directory;
  @Inject cn.finegov.kernel.api.module.ModuleSettings settings;

  /** The notice for the state the case is in now, if somebody has to act. */
  void announce(GridCase gridCase, String categoryName) {
    CaseState state = gridCase.state();
    for (CaseDuty duty : CaseDuty.values()) {
      if (!duty.inboxStates().contains(state) || state == CaseState.VERIFYING) {
        continue;
      }
      if (state == CaseState.SIGNED
          || state == CaseState.HANDLING
          || state == CaseState.POSTPONED) {
        continue; // the unit is already at work
      }
      Optional<String> unit =
          duty == CaseDuty.HANDLE ? gridCase.responsibleUnit() : gridCase.areaUnit();
      Optional<UnitSummary> target = unit.flatMap(directory::findByCode);
      if (target.isEmpty()) {
        continue;
      }
      String category =
          state == CaseState.DISPATCHED || state == CaseState.REWORK
              ? GridModule.NOTICE_ASSIGNED
              : GridModule.NOTICE_WAITING;
      notifier.send(
          NotificationRequest.of(
                  GridModule.KEY,
                  category,
                  Recipients.holding(duty.permission(), target.get().id()))
              .subject("grid.notice.subject", gridCase.number().value(), state.label())
              .body(
                  "grid.notice.body",
                  gridCase.number().value(),
                  categoryName == null ? gridCase.category().qualified() : categoryName,
                  gridCase.address() == null ? "" : gridCase.address(),
                  state.label())
              .link("/grid/case.xhtml?number=" + gridCase.number().value())
              .about("GridCase", gridCase.number().value())
              .build());
    }
  }

  /** The breach of the running stage, to the supervising unit (or the dispatchers). */
  void escalate(GridCase gridCase) {
    String supervising = settings.get(GridModule.KEY, GridModule.SUPERVISING_UNIT);
    Optional<UnitSummary> target =
        supervising == null || supervising.isBlank()
            ? gridCase.areaUnit().flatMap(directory::findByCode)
            : directory.findByCode(supervising.strip());
    if (target.isEmpty()) {
      return;
    }
    Recipients recipients = Recipients.holding(CaseDuty.DISPATCH.permission(), target.get().id());
    notifier.send(
        NotificationRequest.of(
                GridModule.KEY,
                GridModule.NOTICE_OVERDUE,
                gridCase
                    .responsibleUnit()
                    .flatMap(directory::findByCode)
                    .map(
                        u ->
                            recipients.and(
                                Recipients.holding(CaseDuty.HANDLE.permission(), u.id())))
                    .orElse(recipients))
            .subject(
                "grid.notice.overdue.subject", gridCase.number().value(), gridCase.state().label())
            .body(
                "grid.notice.overdue.body",
                gridCase.number().value(),
                gridCase.state().label(),
                gridCase.responsibleUnit().orElse("-"))
            .link("/grid/case.xhtml?number=" + gridCase.number().value())
            .about("GridCase", gridCase.number().value())
            .build());
  }
}
