package cn.finegov.integration.hotline.ticket;

import cn.finegov.grid.api.GridCaseIntake;
import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.integration.hotline.flow.HotlineSettings;
import cn.finegov.integration.hotline.mapping.CategoryMapping;
import cn.finegov.integration.hotline.mapping.CategoryMappings;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.privacy.PersonalDataMask;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tickets for staff: the list and the detail within the reader's scope (caller data masked), the
 * audited view of a caller's whole number for return visits, and the manual routing of tickets that
 * wait for staff — make a grid case, answer, send back — each audited and reported to the hotline
 * through the feedback outbox in the same transaction.
 *
 * <p>Scope: a reader sees the tickets handled by a unit of his scope; tickets no unit handles yet
 * (waiting for routing) only when his scope includes the top of the tree.
 */
@ApplicationScoped
@Transactional
public class TicketService {

  /** Audit entity type of tickets (as the intake records them). */
  public static final String AUDIT_TYPE = "HotlineTicket";

  /** Longest reply or reason sent to the hotline. */
  public static final int TEXT_MAX = 2000;

  /** Longest reason for viewing a caller's number. */
  public static final int REASON_MAX = 500;

  /** Longest page. */
  public static final int PAGE_MAX = 500;

  /**
   * The planning module's permission to raise immediate tasks: holders may route a ticket to one as
   * well as holders of {@link HotlineModule#TICKET_MANAGE}. Named here as text, so that the hotline
   * works without the planning module.
   */
  public static final String TASK_IMMEDIATE = "planning.task.immediate";

  private static final Pattern PHONE = Pattern.compile("[0-9]{7,12}");

  @Inject private TicketStore tickets;
  @Inject private CategoryMappings mappings;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private HotlineSettings settings;
  @Inject private GridCaseIntake grid;
  @Inject private TicketCases cases;
  @Inject private OrganisationDirectory directory;
  @Inject private Instance<TaskRouting> taskRouting;

  // --- reading --------------------------------------------------------------------------------

  /** How many tickets within reach match; a look-up by phone number is audited. */
  public long count(TicketQuery query) {
    Actor actor = reader();
    TicketFilter filter = filter(actor, query);
    long count = tickets.count(filter);
    if (query.phone() != null) {
      Map<String, Object> asked = new LinkedHashMap<>();
      asked.put("phone", PersonalDataMask.phone(query.phone()));
      asked.put("found", count);
      audit.record(AUDIT_TYPE, "search", "SEARCH_PHONE", Map.of(), asked);
    }
    return count;
  }

  /** A page of the tickets within reach that match, newest first. */
  public List<TicketView> search(TicketQuery query, int first, int max) {
    Actor actor = reader();
    List<HotlineTicket> found =
        tickets.search(
            filter(actor, query), Math.max(0, first), Math.max(1, Math.min(PAGE_MAX, max)));
    return views(found);
  }

  /** A page with the number of all that match. */
  public TicketPage page(TicketQuery query, int first, int max) {
    return new TicketPage(count(query), search(query, first, max));
  }

  /** A ticket within reach, caller masked. */
  public TicketDetail detail(String ticketNo) {
    Actor actor = reader();
    return detailOf(readable(actor, ticketNo), actor);
  }

  // --- the caller's whole number -----------------------------------------------------------------

  /**
   * The caller's whole phone number and name, for a return visit: only for holders of {@link
   * HotlineModule#PHONE_VIEW}, each view audited (with the reason, never with the number). The
   * number of a caller who asked for confidentiality is shown only with a reason.
   */
  public RevealedCaller revealPhone(String ticketNo, String reason) {
    Actor actor = actors.requirePermission(HotlineModule.PHONE_VIEW);
    HotlineTicket ticket = readable(actor, ticketNo);
    if (ticket.anonymous() || ticket.phoneCipher() == null) {
      throw DomainException.rule("hotline.ui.reveal.anonymous", ticket.ticketNo());
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    ValidationException.Collector errors = new ValidationException.Collector();
    if (ticket.keepConfidential() && why == null) {
      errors.add("reason", "hotline.ui.reveal.reason-required");
    }
    errors.maxLength("reason", why, REASON_MAX);
    errors.throwIfAny();
    String phone;
    String name;
    try {
      phone = settings.cipher().decrypt(ticket.phoneCipher());
      name = settings.cipher().decrypt(ticket.callerNameCipher());
    } catch (IllegalStateException unreadable) {
      throw DomainException.rule("hotline.ui.reveal.unreadable", ticket.ticketNo());
    }
    Map<String, Object> seen = new LinkedHashMap<>();
    seen.put("phone", ticket.phoneMasked());
    seen.put("keepConfidential", ticket.keepConfidential());
    if (why != null) {
      seen.put("reason", why);
    }
    audit.record(AUDIT_TYPE, ticket.ticketNo(), "VIEW_PHONE", Map.of(), seen);
    return new RevealedCaller(ticket.ticketNo(), phone, name);
  }

  // --- manual routing ------------------------------------------------------------------------

  /**
   * Makes a grid case of a ticket waiting for staff, at the grid or point given (or the ticket's
   * own point), in the category given or the mapping's. The grid's checks apply (category, place);
   * the case is reported in the name of the member of staff.
   */
  public TicketDetail makeCase(String ticketNo, CaseRequest request) {
    Actor actor = actors.requirePermission(HotlineModule.TICKET_MANAGE);
    HotlineTicket ticket = routable(actor, ticketNo);
    CaseRequest asked = request == null ? new CaseRequest(null, null, null, null) : request;
    ValidationException.Collector errors = new ValidationException.Collector();
    String category = blank(asked.category());
    if (category == null) {
      category =
          Optional.ofNullable(ticket.gridCategory())
              .or(() -> mappings.find(ticket.hotlineCategory()).map(CategoryMapping::gridCategory))
              .orElse(null);
    }
    if (category == null) {
      errors.add("category", "hotline.ui.case.category-required");
    } else if (grid.categoryName(category).isEmpty()) {
      errors.add("category", "hotline.mapping.grid-category-unknown", category);
    }
    String gridCode = blank(asked.gridCode());
    Double latitude = asked.latitude();
    Double longitude = asked.longitude();
    if ((latitude == null) != (longitude == null)) {
      errors.add("place", "hotline.ui.case.point-incomplete");
    }
    if (latitude == null && longitude == null) {
      latitude = ticket.latitude();
      longitude = ticket.longitude();
    }
    if (gridCode == null && latitude == null) {
      errors.add("gridCode", "hotline.ui.case.place-required");
    }
    errors.throwIfAny();
    Map<String, Object> before = ticket.auditValues();
    String gridCategory = category;
    Double lat = latitude;
    Double lng = longitude;
    actors.runAs(withCaseIntake(actor), () -> cases.open(ticket, gridCategory, lat, lng, gridCode));
    audit.record(AUDIT_TYPE, ticket.ticketNo(), "MAKE_CASE", before, ticket.auditValues());
    return detailOf(ticket, actor);
  }

  /** Answers a ticket waiting for staff (答复, HF to the hotline) in the name of the staff's unit. */
  public TicketDetail answer(String ticketNo, String reply) {
    Actor actor = actors.requirePermission(HotlineModule.TICKET_MANAGE);
    HotlineTicket ticket = routable(actor, ticketNo);
    String text = requiredText("reply", reply, "hotline.ui.answer.reply-required");
    Map<String, Object> before = ticket.auditValues();
    ticket.handledBy(actor.unitCode());
    ticket.replied(text, unitName(actor.unitCode()), Instant.now());
    audit.record(AUDIT_TYPE, ticket.ticketNo(), "ANSWER", before, ticket.auditValues());
    return detailOf(ticket, actor);
  }

  /** Sends a ticket waiting for staff back to the hotline (退单, TH) with the reason. */
  public TicketDetail sendBack(String ticketNo, String reason) {
    Actor actor = actors.requirePermission(HotlineModule.TICKET_MANAGE);
    HotlineTicket ticket = routable(actor, ticketNo);
    String text = requiredText("reason", reason, "hotline.ui.send-back.reason-required");
    Map<String, Object> before = ticket.auditValues();
    ticket.handledBy(actor.unitCode());
    ticket.sentBack(text, unitName(actor.unitCode()), Instant.now());
    Map<String, Object> after = ticket.auditValues();
    after.put("reason", text);
    audit.record(AUDIT_TYPE, ticket.ticketNo(), "SEND_BACK", before, after);
    return detailOf(ticket, actor);
  }

  /**
   * Routes a ticket waiting for staff to an immediate task of the planning module (即时性任务): the task
   * is made from the ticket's request (never the caller's data) with the lineage link ticket →
   * task, the ticket keeps the task's number, is handled by the task's lead unit and the hotline
   * hears that the unit signed for it (QS). Asked again, it returns the ticket with the same task.
   * Refused (422) while the planning module is left out or switched off.
   */
  public TicketDetail routeToTask(String ticketNo, TaskRouting.Request request) {
    Actor actor = actors.requirePermission(HotlineModule.TICKET_MANAGE, TASK_IMMEDIATE);
    HotlineTicket ticket = readable(actor, ticketNo);
    if (ticket.taskNumber() != null) {
      return detailOf(ticket, actor);
    }
    TaskRouting routing =
        taskRouting()
            .orElseThrow(() -> DomainException.rule("hotline.ui.task.unavailable", ticketNo));
    if (ticket.state() != TicketState.AWAITING_ROUTING) {
      throw DomainException.conflict(
          "hotline.ticket.state", ticket.ticketNo(), ticket.state().name());
    }
    TaskRouting.Request asked = request == null ? TaskRouting.Request.defaults() : request;
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.maxLength("title", blank(asked.title()), 200);
    if (asked.workingDays() != null && (asked.workingDays() < 1 || asked.workingDays() > 60)) {
      errors.add("workingDays", "hotline.ui.task.days-invalid", asked.workingDays());
    }
    errors.throwIfAny();
    Map<String, Object> before = ticket.auditValues();
    TaskRouting.Link link =
        routing.route(
            ticket,
            new TaskRouting.Request(
                blank(asked.leadUnitCode()), asked.workingDays(), blank(asked.title())),
            actor);
    ticket.routedToTask(link.number(), link.leadUnitCode(), unitName(link.leadUnitCode()), now());
    Map<String, Object> after = ticket.auditValues();
    after.put("deadline", String.valueOf(link.deadline()));
    audit.record(AUDIT_TYPE, ticket.ticketNo(), "ROUTE_TO_TASK", before, after);
    return detailOf(ticket, actor);
  }

  /** The planning bridge, if the planning module is installed and switched on. */
  private Optional<TaskRouting> taskRouting() {
    if (!taskRouting.isResolvable()) {
      return Optional.empty();
    }
    TaskRouting routing = taskRouting.get();
    return routing.available() ? Optional.of(routing) : Optional.empty();
  }

  private static Instant now() {
    return Instant.now();
  }

  // --- scope ----------------------------------------------------------------------------------

  private Actor reader() {
    return actors.requirePermission(HotlineModule.TICKET_READ, HotlineModule.TICKET_MANAGE);
  }

  private TicketFilter filter(Actor actor, TicketQuery query) {
    String phoneHash = null;
    if (query.phone() != null) {
      if (!actor.hasPermission(HotlineModule.PHONE_VIEW)) {
        throw DomainException.forbidden("hotline.ui.phone-search.forbidden");
      }
      String digits = query.phone().replaceAll("[\\s-]", "");
      if (!PHONE.matcher(digits).matches()) {
        throw ValidationException.of("phone", "hotline.ui.phone-search.invalid");
      }
      phoneHash = settings.cipher().lookupHash(digits);
    }
    Scope scope = actor.scope();
    Set<String> units = null;
    boolean unhandled = true;
    if (!wholeTree(scope)) {
      units = directory.within(scope).stream().map(UnitSummary::code).collect(Collectors.toSet());
      unhandled = scope.includesTop();
    }
    return new TicketFilter(
        query.states().isEmpty() ? null : query.states(),
        query.ticketNo(),
        query.requestType(),
        phoneHash,
        null,
        units,
        unhandled);
  }

  /** Whether the scope covers every unit (then the list needs no unit condition). */
  private boolean wholeTree(Scope scope) {
    if (scope.everything()) {
      return true;
    }
    List<UnitSummary> roots = directory.roots();
    return !roots.isEmpty() && roots.stream().allMatch(root -> scope.covers(root.path()));
  }

  /** The ticket, if the reader may see it; else 404 (as if it did not exist). */
  private HotlineTicket readable(Actor actor, String ticketNo) {
    String no = ticketNo == null ? "" : ticketNo.strip();
    HotlineTicket ticket =
        tickets
            .find(no)
            .orElseThrow(() -> DomainException.notFound("hotline.ui.ticket.not-found", no));
    if (!inScope(actor.scope(), ticket)) {
      throw DomainException.notFound("hotline.ui.ticket.not-found", no);
    }
    return ticket;
  }

  private boolean inScope(Scope scope, HotlineTicket ticket) {
    if (scope.everything()) {
      return true;
    }
    if (ticket.handlingUnit() == null) {
      return scope.includesTop();
    }
    return directory
        .findByCode(ticket.handlingUnit())
        .map(unit -> scope.covers(unit.path()))
        .orElse(scope.includesTop());
  }

  /** A ticket the actor may route now: in reach and waiting for staff. */
  private HotlineTicket routable(Actor actor, String ticketNo) {
    HotlineTicket ticket = readable(actor, ticketNo);
    if (ticket.state() != TicketState.AWAITING_ROUTING) {
      throw DomainException.conflict(
          "hotline.ticket.state", ticket.ticketNo(), ticket.state().name());
    }
    return ticket;
  }

  /**
   * The member of staff, allowed for this call to report the case through the grid's intake:
   * routing tickets by hand includes making their cases, and the case names him as its reporter.
   */
  private static Actor withCaseIntake(Actor actor) {
    Set<String> permissions = new HashSet<>(actor.permissions());
    permissions.addAll(GridCaseIntake.PERMISSIONS);
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

  // --- views ----------------------------------------------------------------------------------

  private List<TicketView> views(List<HotlineTicket> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Set<Long> failing = tickets.withFailedDelivery(found.stream().map(HotlineTicket::id).toList());
    Map<String, String> categoryNames = new HashMap<>();
    Map<String, String> unitNames = new HashMap<>();
    Instant now = Instant.now();
    return found.stream()
        .map(
            t ->
                view(
                    t,
                    categoryNames.computeIfAbsent(
                        t.hotlineCategory(),
                        code -> mappings.find(code).map(CategoryMapping::name).orElse("")),
                    unitNames.computeIfAbsent(
                        t.handlingUnit() == null ? "" : t.handlingUnit(), this::unitName),
                    failing.contains(t.id()),
                    now))
        .toList();
  }

  private static TicketView view(
      HotlineTicket t, String categoryName, String unitName, boolean failing, Instant now) {
    return new TicketView(
        t.ticketNo(),
        t.receivedAt(),
        t.channel(),
        t.requestType(),
        t.hotlineCategory(),
        categoryName == null || categoryName.isEmpty() ? null : categoryName,
        t.urgent(),
        t.anonymous(),
        t.keepConfidential(),
        t.anonymous() ? null : t.callerNameMasked(),
        t.anonymous() ? null : t.phoneMasked(),
        t.address(),
        t.state(),
        t.caseNumber(),
        t.handlingUnit(),
        unitName == null || unitName.isEmpty() ? null : unitName,
        t.signDueAt(),
        signOverdue(t, now),
        failing,
        t.version());
  }

  /** Not signed for (nor otherwise dealt with) although the signing is due. */
  static boolean signOverdue(HotlineTicket t, Instant now) {
    return t.signDueAt() != null
        && t.signedAt() == null
        && t.state().open()
        && now.isAfter(t.signDueAt());
  }

  private TicketDetail detailOf(HotlineTicket t, Actor actor) {
    List<TicketDetail.FeedbackLine> feedback =
        t.feedback().stream()
            .map(
                f ->
                    new TicketDetail.FeedbackLine(
                        f.seq(),
                        f.kind(),
                        f.occurredAt(),
                        f.unitName(),
                        f.content(),
                        f.extraDays(),
                        f.delivery(),
                        f.attempts(),
                        f.lastError(),
                        f.delivery() == Feedback.Delivery.PENDING ? f.nextAttemptAt() : null,
                        f.deliveredAt()))
            .toList();
    boolean failing = feedback.stream().anyMatch(TicketDetail.FeedbackLine::failing);
    Optional<CategoryMapping> line = mappings.find(t.hotlineCategory());
    TicketDetail.MappingLine mapping =
        line.map(
                m ->
                    new TicketDetail.MappingLine(
                        m.code(),
                        m.name(),
                        m.disposition(),
                        m.gridCategory(),
                        m.gridCategory() == null
                            ? null
                            : grid.categoryName(m.gridCategory()).orElse(null),
                        m.active()))
            .orElse(null);
    TicketView summary =
        view(
            t,
            line.map(CategoryMapping::name).orElse(null),
            unitName(t.handlingUnit()),
            failing,
            Instant.now());
    return new TicketDetail(
        summary,
        t.content(),
        t.latitude(),
        t.longitude(),
        t.repeatOf(),
        t.handleDays(),
        t.disposition(),
        t.gridCategory(),
        mapping,
        t.routingNote(),
        t.signedAt(),
        t.replyContent(),
        t.repliedAt(),
        t.satisfaction(),
        t.reopenCount(),
        feedback,
        t.returnVisits().stream()
            .map(
                v ->
                    new TicketDetail.VisitLine(
                        v.visitedAt(),
                        v.result(),
                        v.remark(),
                        v.unitCode(),
                        v.caseNumber(),
                        v.reopened()))
            .toList(),
        actor.hasPermission(HotlineModule.PHONE_VIEW) && !t.anonymous() && t.phoneCipher() != null,
        actor.hasPermission(HotlineModule.TICKET_MANAGE)
            && t.state() == TicketState.AWAITING_ROUTING,
        t.taskNumber(),
        (actor.hasPermission(HotlineModule.TICKET_MANAGE) || actor.hasPermission(TASK_IMMEDIATE))
            && t.state() == TicketState.AWAITING_ROUTING
            && taskRouting().isPresent());
  }

  private String unitName(String code) {
    return code == null || code.isEmpty()
        ? null
        : directory.findByCode(code).map(UnitSummary::name).orElse(code);
  }

  // --- helpers --------------------------------------------------------------------------------

  private static String requiredText(String field, String value, String requiredKey) {
    String text = blank(value);
    ValidationException.Collector errors = new ValidationException.Collector();
    if (text == null) {
      errors.add(field, requiredKey);
    }
    errors.maxLength(field, text, TEXT_MAX);
    errors.throwIfAny();
    return text;
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** What the audit entries of a ticket record (never the caller's data). */
}
