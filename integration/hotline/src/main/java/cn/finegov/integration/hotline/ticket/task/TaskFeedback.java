package cn.finegov.integration.hotline.ticket.task;

import cn.finegov.integration.hotline.ticket.HotlineTicket;
import cn.finegov.integration.hotline.ticket.TicketService;
import cn.finegov.integration.hotline.ticket.TicketStore;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.WorkingCalendar;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.planning.api.ImmediateTaskChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Turns the steps of an immediate task made from a ticket into the hotline's feedback, in the
 * transaction of the step (like the feedback of grid cases): work started; extension requested (the
 * working days between the deadline and the one asked for, with the reason); the decision on it;
 * the reply at completion (the unit's last progress report). Steps of tasks from other channels, or
 * of a task the ticket does not name, are ignored.
 */
@ApplicationScoped
public class TaskFeedback {

  @Inject TicketStore tickets;
  @Inject OrganisationDirectory directory;
  @Inject WorkingCalendar calendar;
  @Inject MessageSource messages;
  @Inject AuditLog audit;

  void on(@Observes ImmediateTaskChanged change) {
    if (!PlanningTaskRouting.SOURCE.equals(change.source())) {
      return;
    }
    tickets
        .find(change.reference())
        .filter(ticket -> change.number().equals(ticket.taskNumber()))
        .ifPresent(
            ticket -> {
              Map<String, Object> before = ticket.auditValues();
              apply(ticket, change);
              Map<String, Object> after = ticket.auditValues();
              if (!before.equals(after)) {
                audit.record(
                    TicketService.AUDIT_TYPE,
                    ticket.ticketNo(),
                    "TASK_" + change.step().name(),
                    before,
                    after);
              }
            });
  }

  private void apply(HotlineTicket ticket, ImmediateTaskChanged change) {
    String unitName = unitName(change.leadUnitCode());
    switch (change.step()) {
      case STARTED, DELAY_APPROVED, DELAY_REFUSED -> ticket.handling();
      case DELAY_REQUESTED -> {
        if (ticket.state().open()) {
          ticket.extensionRequested(extraWorkingDays(change), change.text(), unitName, change.at());
        }
      }
      case COMPLETED -> {
        if (ticket.state().open()) {
          ticket.replied(
              messages.get(
                  MessageSource.CHINESE,
                  "hotline.reply.task-completed",
                  unitName,
                  change.text() == null || change.text().isBlank() ? "" : change.text().strip(),
                  change.number()),
              unitName,
              change.at());
        }
      }
    }
  }

  /** The working days the unit asks for on top of the deadline (at least one). */
  private int extraWorkingDays(ImmediateTaskChanged change) {
    if (change.deadline() == null || change.proposedDeadline() == null) {
      return 0;
    }
    long days =
        calendar.countWorkingDays(change.deadline(), change.proposedDeadline(), null).workingDays();
    return (int) Math.max(1, days);
  }

  private String unitName(String code) {
    return code == null ? "" : directory.findByCode(code).map(UnitSummary::name).orElse(code);
  }
}
