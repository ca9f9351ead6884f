package cn.finegov.integration.hotline.flow;

import cn.finegov.grid.api.GridCaseIntake;
import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.integration.hotline.mapping.CategoryMapping;
import cn.finegov.integration.hotline.mapping.CategoryMappings;
import cn.finegov.integration.hotline.mapping.Disposition;
import cn.finegov.integration.hotline.message.InvalidMessageException;
import cn.finegov.integration.hotline.message.TicketMessage;
import cn.finegov.integration.hotline.ticket.HotlineTicket;
import cn.finegov.integration.hotline.ticket.TicketCases;
import cn.finegov.integration.hotline.ticket.TicketService;
import cn.finegov.integration.hotline.ticket.TicketStore;
import cn.finegov.integration.runtime.api.InboxHandler;
import cn.finegov.integration.runtime.api.InboxMessage;
import cn.finegov.integration.runtime.api.RejectedMessageException;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.ComputedDeadline;
import cn.finegov.kernel.api.calendar.WorkingCalendar;
import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes a queued ticket: stores it once (the ticket number is unique), with the caller's data
 * encrypted, classifies it by the category mapping and, for a component or event problem with a
 * place, makes the grid case in the same transaction. A category without a mapping makes the
 * message a dead letter: fix the mapping, then replay it. A pushed batch is taken in one
 * transaction.
 */
@ApplicationScoped
public class TicketHandler implements InboxHandler {

  @Inject private TicketStore tickets;
  @Inject private CategoryMappings mappings;
  @Inject private GridCaseIntake grid;
  @Inject private TicketCases cases;
  @Inject private HotlineSettings settings;
  @Inject private WorkingCalendar calendar;
  @Inject private AuditLog audit;
  @Inject private MessageSource messages;

  @Override
  public String flow() {
    return HotlineRoutes.TICKET_FLOW;
  }

  @Override
  public String moduleKey() {
    return HotlineModule.KEY;
  }

  @Override
  public Set<String> permissions() {
    return new HashSet<>(GridCaseIntake.PERMISSIONS);
  }

  /** A single ticket: as a batch of one. */
  @Override
  public void handle(InboxMessage message) {
    handleAll(List.of(message));
  }

  /**
   * The tickets of a message or of a pushed batch, in one transaction: one look-up for the ones
   * stored before (a resend), then each new one stored, classified and, for a case, reported to the
   * grid.
   */
  @Override
  public void handleAll(List<InboxMessage> messages) {
    List<TicketMessage> parsed = messages.stream().map(this::parse).toList();
    Set<String> stored =
        new HashSet<>(tickets.existing(parsed.stream().map(TicketMessage::ticketNo).toList()));
    for (int i = 0; i < parsed.size(); i++) {
      if (stored.add(parsed.get(i).ticketNo())) {
        take(parsed.get(i), messages.get(i));
      }
    }
  }

  private TicketMessage parse(InboxMessage message) {
    try {
      return TicketMessage.parse(message.body());
    } catch (InvalidMessageException e) {
      throw new RejectedMessageException(messages.describe(MessageSource.CHINESE, e), e);
    }
  }

  private void take(TicketMessage ticket, InboxMessage message) {
    CategoryMapping mapping =
        mappings
            .find(ticket.hotlineCategory())
            .filter(CategoryMapping::active)
            .orElseThrow(
                () ->
                    new RejectedMessageException(
                        messages.get(
                            MessageSource.CHINESE,
                            "hotline.mapping.missing",
                            ticket.hotlineCategory())));
    Instant now = Instant.now();
    HotlineTicket stored =
        HotlineTicket.receive(
            ticket,
            intakeOf(message.header(Intake.CHANNEL)),
            mapping.disposition(),
            mapping.gridCategory(),
            settings.cipher(),
            now,
            signDue(ticket.receivedAt()));
    tickets.add(stored);
    if (mapping.disposition() == Disposition.CASE) {
      toCase(stored, ticket, mapping);
    } else {
      stored.awaitRouting(
          messages.get(
              MessageSource.CHINESE,
              "hotline.routing.disposition." + mapping.disposition().name()));
    }
    audit.record(
        TicketService.AUDIT_TYPE, stored.ticketNo(), "RECEIVE", Map.of(), stored.auditValues());
  }

  private void toCase(HotlineTicket stored, TicketMessage ticket, CategoryMapping mapping) {
    if (ticket.latitude() == null) {
      stored.awaitRouting(messages.get(MessageSource.CHINESE, "hotline.routing.no-place"));
      return;
    }
    if (grid.categoryName(mapping.gridCategory()).isEmpty()) {
      stored.awaitRouting(
          messages.get(
              MessageSource.CHINESE, "hotline.routing.category-gone", mapping.gridCategory()));
      return;
    }
    cases.open(stored, mapping.gridCategory(), ticket.latitude(), ticket.longitude(), null);
  }

  private Instant signDue(Instant receivedAt) {
    ZoneId zone = settings.zone();
    LocalDateTime received = LocalDateTime.ofInstant(receivedAt, zone);
    ComputedDeadline due = calendar.addWorkingDays(received.toLocalDate(), settings.signDays());
    return LocalDateTime.of(due.dueDate(), received.toLocalTime()).atZone(zone).toInstant();
  }

  private static HotlineTicket.Intake intakeOf(String channel) {
    try {
      return channel == null ? HotlineTicket.Intake.REPLAY : HotlineTicket.Intake.valueOf(channel);
    } catch (IllegalArgumentException e) {
      return HotlineTicket.Intake.REPLAY;
    }
  }
}
