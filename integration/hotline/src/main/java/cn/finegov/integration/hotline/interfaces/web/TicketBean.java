package cn.finegov.integration.hotline.interfaces.web;

import cn.finegov.integration.hotline.ticket.CaseRequest;
import cn.finegov.integration.hotline.ticket.RevealedCaller;
import cn.finegov.integration.hotline.ticket.TaskRouting;
import cn.finegov.integration.hotline.ticket.TicketDetail;
import cn.finegov.integration.hotline.ticket.TicketService;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.primefaces.PrimeFaces;

/**
 * A ticket: masked caller (the whole number in a dialog, for those allowed, audited; a reason asked
 * for a caller who wants confidentiality), content, mapping, linked case, signing deadline,
 * feedback with its delivery and return visits; for a ticket waiting for staff the buttons to make
 * a case, route it to an immediate task (when the planning module is there), answer or send it
 * back, each in a dialog.
 */
@Named("hotlineTicket")
@ViewScoped
public class TicketBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient TicketService tickets;
  @Inject private transient Faces faces;
  @Inject private transient DisplaySettings display;

  private String no;
  private TicketDetail detail;
  private boolean missing;

  private String revealReason;
  private RevealedCaller revealed;

  private String gridCode;
  private Double latitude;
  private Double longitude;
  private String category;
  private String reply;
  private String backReason;
  private String taskUnit;
  private Integer taskDays;
  private String taskTitle;

  /** Loads the ticket named by the view parameter {@code no}. */
  public void load() {
    if (no == null || no.isBlank()) {
      missing = true;
      return;
    }
    detail = faces.attempt(() -> tickets.detail(no.strip()));
    missing = detail == null;
    if (detail != null) {
      category = detail.gridCategory();
    }
  }

  // --- the caller's number ------------------------------------------------------------------

  /** Opens the dialog afresh. */
  public void prepareReveal() {
    revealReason = null;
    revealed = null;
  }

  /** Shows the whole number (audited); a refusal stays in the dialog. */
  public void reveal() {
    if (detail == null) {
      return;
    }
    revealed = faces.attempt(() -> tickets.revealPhone(detail.summary().ticketNo(), revealReason));
  }

  /** Forgets the number shown when the dialog closes. */
  public void forget() {
    revealed = null;
    revealReason = null;
  }

  // --- routing ------------------------------------------------------------------------------

  /** Makes a grid case of the ticket. */
  public void makeCase() {
    TicketDetail after =
        faces.attempt(
            () ->
                tickets.makeCase(
                    detail.summary().ticketNo(),
                    new CaseRequest(gridCode, latitude, longitude, category)));
    done(after, "hotline.ui.case.done", "caseDialog");
  }

  /** Answers the ticket. */
  public void answer() {
    TicketDetail after = faces.attempt(() -> tickets.answer(detail.summary().ticketNo(), reply));
    done(after, "hotline.ui.answer.done", "answerDialog");
  }

  /** Sends the ticket back. */
  public void sendBack() {
    TicketDetail after =
        faces.attempt(() -> tickets.sendBack(detail.summary().ticketNo(), backReason));
    done(after, "hotline.ui.send-back.done", "sendBackDialog");
  }

  /** Routes the ticket to an immediate task of the planning module. */
  public void routeToTask() {
    TicketDetail after =
        faces.attempt(
            () ->
                tickets.routeToTask(
                    detail.summary().ticketNo(),
                    new TaskRouting.Request(taskUnit, taskDays, taskTitle)));
    if (after != null && after.taskNumber() != null) {
      detail = after;
      faces.info("hotline.ui.task.done", after.summary().ticketNo(), after.taskNumber());
      PrimeFaces.current().executeScript("PF('taskDialog').hide()");
    }
  }

  private void done(TicketDetail after, String key, String dialog) {
    if (after == null) {
      return;
    }
    detail = after;
    faces.info(key, after.summary().ticketNo());
    PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
  }

  // --- what the view shows ------------------------------------------------------------------

  public String time(Instant instant) {
    return display.time(instant);
  }

  // --- properties ---------------------------------------------------------------------------

  public String getNo() {
    return no;
  }

  public void setNo(String no) {
    this.no = no;
  }

  public TicketDetail getDetail() {
    return detail;
  }

  public boolean isMissing() {
    return missing;
  }

  public String getRevealReason() {
    return revealReason;
  }

  public void setRevealReason(String revealReason) {
    this.revealReason = revealReason;
  }

  public RevealedCaller getRevealed() {
    return revealed;
  }

  public String getGridCode() {
    return gridCode;
  }

  public void setGridCode(String gridCode) {
    this.gridCode = gridCode;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public String getTaskUnit() {
    return taskUnit;
  }

  public void setTaskUnit(String taskUnit) {
    this.taskUnit = taskUnit;
  }

  public Integer getTaskDays() {
    return taskDays;
  }

  public void setTaskDays(Integer taskDays) {
    this.taskDays = taskDays;
  }

  public String getTaskTitle() {
    return taskTitle;
  }

  public void setTaskTitle(String taskTitle) {
    this.taskTitle = taskTitle;
  }

  public String getBackReason() {
    return backReason;
  }

  public void setBackReason(String backReason) {
    this.backReason = backReason;
  }
}
