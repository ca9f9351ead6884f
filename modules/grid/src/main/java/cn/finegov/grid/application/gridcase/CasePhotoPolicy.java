package cn.finegov.grid.application.gridcase;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.domain.model.gridcase.CaseDuty;
import cn.finegov.grid.domain.model.gridcase.CaseNumber;
import cn.finegov.grid.domain.model.gridcase.GridCase;
import cn.finegov.grid.domain.model.gridcase.GridCaseRepository;
import cn.finegov.kernel.api.attachment.AttachmentAccessPolicy;
import cn.finegov.kernel.api.security.Actor;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Photos of a case, before ({@code case-before}) and after ({@code case-after}) the fix: readers of
 * the case see them; the reporter and those who verify add photos of the problem; the responsible
 * unit and the verifiers add photos after the fix (and the reporter of a simple case).
 */
abstract class CasePhotoPolicy implements AttachmentAccessPolicy {

  @Inject GridCaseRepository cases;
  @Inject CaseService service;

  @Override
  public String module() {
    return GridModule.KEY;
  }

  @Override
  @Transactional
  public boolean exists(String ownerId) {
    return find(ownerId).isPresent();
  }

  @Override
  @Transactional
  public boolean mayRead(Actor actor, String ownerId) {
    return actor.hasPermission(GridModule.CASE_READ)
        && find(ownerId).map(c -> service.mayRead(actor, c)).orElse(false);
  }

  @Override
  @Transactional
  public boolean mayAttach(Actor actor, String ownerId) {
    return find(ownerId).filter(c -> c.state().open()).map(c -> mayAdd(actor, c)).orElse(false);
  }

  abstract boolean mayAdd(Actor actor, GridCase gridCase);

  private Optional<GridCase> find(String ownerId) {
    try {
      return cases.find(CaseNumber.parse(ownerId));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Photos of the problem. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Before extends CasePhotoPolicy {
    @Override
    public String ownerType() {
      return CaseService.PHOTOS_BEFORE;
    }

    @Override
    boolean mayAdd(Actor actor, GridCase gridCase) {
      return service.mayAct(actor, gridCase, CaseDuty.REPORT)
          || service.mayAct(actor, gridCase, CaseDuty.VERIFY)
          || service.mayAct(actor, gridCase, CaseDuty.ACCEPT);
    }
  }

  /** Photos after the fix. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class After extends CasePhotoPolicy {
    @Override
    public String ownerType() {
      return CaseService.PHOTOS_AFTER;
    }

    @Override
    boolean mayAdd(Actor actor, GridCase gridCase) {
      return service.mayAct(actor, gridCase, CaseDuty.HANDLE)
          || service.mayAct(actor, gridCase, CaseDuty.VERIFY)
          || (gridCase.simple() && service.mayAct(actor, gridCase, CaseDuty.REPORT));
    }
  }
}
