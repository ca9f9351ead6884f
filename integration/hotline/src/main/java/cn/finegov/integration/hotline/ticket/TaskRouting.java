package cn.finegov.integration.hotline.ticket;

import cn.finegov.kernel.api.security.Actor;
import java.time.LocalDate;

/**
 * The planning module as the hotline sees it: turns a ticket into an immediate task (即时性任务).
 * Implemented next to the planning module's published API ({@code ticket.task}); when the planning
 * module is left out of the EAR no implementation exists, and when it is switched off {@link
 * #available()} says so. Nothing else in the hotline names a planning type.
 */
public interface TaskRouting {

  /** Whether immediate tasks can be made now (the planning module installed and switched on). */
  boolean available();

  /**
   * The immediate task of a ticket: made from the ticket's request (never the caller's data), or
   * the one made before for the same ticket, with the lineage link ticket → task.
   *
   * @param actor the member of staff, who needs the lead unit in his scope
   */
  Link route(HotlineTicket ticket, Request request, Actor actor);

  /**
   * What staff may give for the task.
   *
   * @param leadUnitCode the unit to lead it; {@code null}: the planning module's default unit
   * @param workingDays the deadline in working days; {@code null}: the planning module's default
   * @param title a short title; {@code null}: the start of the request
   */
  record Request(String leadUnitCode, Integer workingDays, String title) {

    public static Request defaults() {
      return new Request(null, null, null);
    }
  }

  /**
   * The task a ticket went to.
   *
   * @param number its number ({@code 2026-000042})
   * @param leadUnitCode the unit that leads it
   * @param deadline its deadline
   * @param created whether this call made it
   */
  record Link(String number, String leadUnitCode, LocalDate deadline, boolean created) {}
}
