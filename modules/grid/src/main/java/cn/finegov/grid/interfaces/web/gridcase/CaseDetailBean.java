package cn.finegov.grid.interfaces.web.gridcase;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.gridcase.CaseCommand;
import cn.finegov.grid.application.gridcase.CaseDetail;
import cn.finegov.grid.application.gridcase.CaseService;
import cn.finegov.grid.domain.model.gridcase.CaseAction;
import cn.finegov.grid.domain.model.gridcase.CaseDuty;
import cn.finegov.kernel.api.attachment.AttachmentAccessPolicy;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A case: its summary, the running deadline with how it was computed, the timeline, photos before
 * and after, merged reporters, and a button for each step its reader may take now (a dialog asks
 * for what the step needs: reason, unit, days, original case). Each step names the version the
 * reader saw, so a case changed meanwhile is refused rather than overwritten.
 */
@Named("gridCase")
@ViewScoped
public class CaseDetailBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CaseService cases;
  @Inject private transient ActorContext actors;
  @Inject private transient UnitChoices units;
  @Inject private transient CaseScreens screens;
  @Inject private transient DisplaySettings display;
  @Inject @Any private transient Instance<AttachmentAccessPolicy> policies;

  private String number;
  private CaseDetail detail;
  private boolean missing;

  private CaseAction pending;
  private String reason;
  private UnitSummary unit;
  private Integer days;
  private String original;

  private final Map<String, String> unitNames = new HashMap<>();

  /** Loads the case named by the view parameter {@code number}. */
  public void load() {
    if (number == null || number.isBlank()) {
      missing = true;
      return;
    }
    detail = screens.attempt(() -> cases.detail(number.strip()), Map.of());
    missing = detail == null;
  }

  // --- steps --------------------------------------------------------------------------------

  /** Whether a step needs a dialog (a reason, a unit, days or the original case). */
  public boolean needsInput(CaseAction action) {
    return action.reasonRequired()
        || action == CaseAction.DISPATCH
        || action == CaseAction.ARBITRATE
        || action == CaseAction.REQUEST_POSTPONEMENT
        || action == CaseAction.MERGE;
  }

  /** Opens the dialog of a step. */
  public void prepare(CaseAction action) {
    pending = action;
    reason = null;
    unit =
        action == CaseAction.DISPATCH || action == CaseAction.ARBITRATE
            ? units.byCode(detail.summary().responsibleUnit()).orElse(null)
            : null;
    days = action == CaseAction.REQUEST_POSTPONEMENT ? 1 : null;
    original = detail.summary().duplicateOf();
  }

  /** Takes a step without input. */
  public String take(CaseAction action) {
    pending = action;
    reason = null;
    unit = null;
    days = null;
    original = null;
    return confirm();
  }

  /** Takes the pending step; on success the case is shown again with a message. */
  public String confirm() {
    if (pending == null || detail == null) {
      return null;
    }
    CaseAction action = pending;
    CaseCommand command =
        new CaseCommand(
            action,
            unit == null ? null : unit.code(),
            reason,
            days,
            original,
            detail.summary().version());
    CaseDetail after =
        screens.attempt(
            () -> cases.act(detail.summary().number(), command),
            Map.of(
                "unitCode", "step:unit",
                "reason", "step:reason",
                "days", "step:days",
                "original", "step:original"));
    if (after == null) {
      return null;
    }
    String done =
        screens.text(
            "grid.ui.case.step.done",
            screens.text(action.label().key()),
            screens.text(after.summary().state().label().key()));
    if (!stillReadable()) {
      // The step took the case out of the reader's reach (a return): back to the inbox.
      keep(done + " " + screens.text("grid.ui.case.step.out-of-reach"));
      return "/grid/inbox.xhtml?faces-redirect=true";
    }
    keep(done);
    return again();
  }

  /** 督办 on or off. */
  public String toggleSupervision() {
    if (detail == null) {
      return null;
    }
    boolean watched = !detail.summary().supervised();
    CaseDetail after =
        screens.attempt(() -> cases.supervise(detail.summary().number(), watched), Map.of());
    if (after == null) {
      return null;
    }
    return shownAgain(watched ? "grid.ui.case.supervised.on" : "grid.ui.case.supervised.off");
  }

  private String shownAgain(String key) {
    keep(screens.text(key));
    return again();
  }

  private boolean stillReadable() {
    try {
      cases.detail(detail.summary().number());
      return true;
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.NOT_FOUND) {
        return false;
      }
      throw e;
    }
  }

  /** A message that survives the redirect. */
  private static void keep(String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    context.addMessage(
        null,
        new jakarta.faces.application.FacesMessage(
            jakarta.faces.application.FacesMessage.SEVERITY_INFO, text, null));
  }

  private String again() {
    return "/grid/case.xhtml?faces-redirect=true&number="
        + URLEncoder.encode(detail.summary().number(), StandardCharsets.UTF_8);
  }

  // --- what the view shows ------------------------------------------------------------------

  public boolean isSupervisor() {
    return actors.current().hasPermission(CaseDuty.DISPATCH.permission());
  }

  /** Whether the reader may add photos of this kind ({@code case-before}, {@code case-after}). */
  public boolean mayAddPhotos(String type) {
    if (detail == null) {
      return false;
    }
    for (AttachmentAccessPolicy policy : policies) {
      if (GridModule.KEY.equals(policy.module()) && type.equals(policy.ownerType())) {
        return policy.mayAttach(actors.current(), detail.summary().number());
      }
    }
    return false;
  }

  public String getPhotosBefore() {
    return CaseService.PHOTOS_BEFORE;
  }

  public String getPhotosAfter() {
    return CaseService.PHOTOS_AFTER;
  }

  /** The deadline's explanation in the reader's language. */
  public String getDeadlineExplanation() {
    return detail == null || detail.deadline() == null
        ? null
        : detail.deadline().explanation(screens.locale());
  }

  public String unitName(String code) {
    return units.name(code, unitNames);
  }

  public String time(Instant instant) {
    return display.time(instant);
  }

  public java.util.List<UnitSummary> completeUnit(String text) {
    return units.search(text);
  }

  // --- properties ---------------------------------------------------------------------------

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public CaseDetail getDetail() {
    return detail;
  }

  /** The case's summary line, {@code null} before it is loaded. */
  public cn.finegov.grid.application.gridcase.CaseSummary getSummary() {
    return detail == null ? null : detail.summary();
  }

  public boolean isMissing() {
    return missing;
  }

  public CaseAction getPending() {
    return pending;
  }

  public boolean isNeedsUnit() {
    return pending == CaseAction.DISPATCH || pending == CaseAction.ARBITRATE;
  }

  public boolean isNeedsDays() {
    return pending == CaseAction.REQUEST_POSTPONEMENT;
  }

  public boolean isNeedsOriginal() {
    return pending == CaseAction.MERGE;
  }

  public boolean isNeedsReason() {
    return pending != null && pending.reasonRequired();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public UnitSummary getUnit() {
    return unit;
  }

  public void setUnit(UnitSummary unit) {
    this.unit = unit;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  public String getOriginal() {
    return original;
  }

  public void setOriginal(String original) {
    this.original = original;
  }
}
