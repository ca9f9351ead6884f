package cn.finegov.integration.hotline.ticket.task;

import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.integration.hotline.ticket.HotlineTicket;
import cn.finegov.integration.hotline.ticket.TaskRouting;
import cn.finegov.integration.hotline.ticket.TicketCases;
import cn.finegov.kernel.api.lineage.EntityRef;
import cn.finegov.kernel.api.module.ModuleStatus;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.planning.api.ImmediateTaskIntake;
import cn.finegov.planning.api.ImmediateTaskRequest;
import cn.finegov.planning.api.TaskRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/**
 * Immediate tasks through the planning module's published API ({@link ImmediateTaskIntake}), source
 * {@code HOTLINE_12345}, the ticket number as the reference (so a repeat finds the first task) and
 * the ticket as the lineage origin ({@code TASK_FROM_TICKET}). The only class of the hotline that
 * names a planning type: without the planning jar it fails to load and is no bean.
 */
@ApplicationScoped
public class PlanningTaskRouting implements TaskRouting {

  /** The planning module's key. */
  static final String PLANNING = "planning";

  /** The planning source of hotline tasks. */
  static final String SOURCE = "HOTLINE_12345";

  @Inject ImmediateTaskIntake intake;
  @Inject ModuleStatus modules;
  @Inject ActorContext actors;

  @Override
  public boolean available() {
    return modules.isEnabled(PLANNING);
  }

  @Override
  public Link route(HotlineTicket ticket, Request request, Actor actor) {
    Request asked = request == null ? Request.defaults() : request;
    TaskRef ref =
        actors.runAs(
            withIntake(actor),
            () ->
                intake.create(
                    new ImmediateTaskRequest(
                        SOURCE,
                        ticket.ticketNo(),
                        asked.title(),
                        problem(ticket),
                        asked.leadUnitCode(),
                        asked.workingDays(),
                        new EntityRef(
                            HotlineModule.KEY, TicketCases.LINEAGE_TYPE, ticket.ticketNo()))));
    return new Link(ref.number(), ref.leadUnitCode(), ref.deadline(), ref.created());
  }

  /** The task's problem: the request and the place, without the caller (name and phone). */
  static String problem(HotlineTicket ticket) {
    StringBuilder text = new StringBuilder("【12345 ").append(ticket.ticketNo()).append("】");
    text.append(ticket.content());
    if (ticket.address() != null && !ticket.address().isBlank()) {
      text.append("（").append(ticket.address()).append("）");
    }
    return text.toString();
  }

  /** The member of staff, allowed for this call to raise the immediate task. */
  private static Actor withIntake(Actor actor) {
    Set<String> permissions = new HashSet<>(actor.permissions());
    permissions.addAll(ImmediateTaskIntake.PERMISSIONS);
    return new Actor(
        actor.name(),
        actor.displayName(),
        actor.unitId(),
        actor.unitCode(),
        actor.unitPath(),
        actor.roles(),
        permissions,
        actor.scope(),
        actor.kind());
  }
}
