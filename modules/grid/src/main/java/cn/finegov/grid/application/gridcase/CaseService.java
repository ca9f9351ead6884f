package cn.finegov.grid.application.gridcase;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.api.CaseChanged;
import cn.finegov.grid.domain.model.category.CaseStage;
import cn.finegov.grid.domain.model.category.Category;
import cn.finegov.grid.domain.model.category.CategoryCatalogue;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridLocator;
import cn.finegov.grid.domain.model.gridcase.CaseAction;
import cn.finegov.grid.domain.model.gridcase.CaseDuty;
import cn.finegov.grid.domain.model.gridcase.CaseEvent;
import cn.finegov.grid.domain.model.gridcase.CaseFilter;
import cn.finegov.grid.domain.model.gridcase.CaseNumber;
import cn.finegov.grid.domain.model.gridcase.CaseSource;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import cn.finegov.grid.domain.model.gridcase.DeadlineLight;
import cn.finegov.grid.domain.model.gridcase.DuplicateRule;
import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.grid.domain.model.gridcase.GridCase;
import cn.finegov.grid.domain.model.gridcase.GridCaseRepository;
import cn.finegov.grid.domain.model.gridcase.ReporterContact;
import cn.finegov.kernel.api.attachment.AttachmentOwner;
import cn.finegov.kernel.api.attachment.Attachments;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.DeadlineOwner;
import cn.finegov.kernel.api.calendar.DeadlineRegistry;
import cn.finegov.kernel.api.calendar.DeadlineRequest;
import cn.finegov.kernel.api.calendar.DeadlineRule;
import cn.finegov.kernel.api.calendar.DeadlineView;
import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.calendar.WorkingCalendar;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The case workflow: intake (with the duplicate and recurrence checks and the case number), every
 * step with its permission and unit check, the stage deadlines in the kernel's registry, the audit
 * entry and the notice to whoever acts next; inboxes and the case as its reader may see it.
 */
@ApplicationScoped
@Transactional
public class CaseService {

  /** Owner type of photos taken before a fix (the problem). */
  public static final String PHOTOS_BEFORE = "case-before";

  /** Owner type of photos taken after a fix. */
  public static final String PHOTOS_AFTER = "case-after";

  static final String AUDIT_TYPE = "GridCase";

  @Inject GridCaseRepository cases;
  @Inject CategoryCatalogue categories;
  @Inject GridLocator grids;
  @Inject OrganisationDirectory directory;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject DeadlineRegistry deadlines;
  @Inject WorkingCalendar calendar;
  @Inject ModuleSettings settings;
  @Inject Attachments attachments;
  @Inject CaseNotices notices;
  @Inject CaseNumbers numbers;
  @Inject Event<CaseChanged> changes;

  /**
   * The outcome of a report.
   *
   * @param detail the case
   * @param created {@code false} when the same client id had been sent before (nothing new made)
   */
  public record Reported(CaseDetail detail, boolean created) {}

  /**
   * Takes a report in: a new case in {@link CaseState#REPORTED}, numbered, placed in its unit grid,
   * checked for duplicates and recurrence, with the filing deadline running.
   */
  public Reported report(NewCase input) {
    Actor actor = actors.requirePermission(CaseDuty.REPORT.permission());
    Made made = make(input, actor);
    return new Reported(
        made.names() == null
            ? detailOf(made.gridCase(), actor)
            : detailOf(made.gridCase(), actor, made.names()),
        made.created());
  }

  /**
   * A report of a system flow, which needs the case, not its detail: as {@link #report}, without
   * the detail's deadline lights and names.
   *
   * @return the case, and whether it was made now ({@code false}: the same client id was sent
   *     before)
   */
  public Made reportFromSystem(NewCase input) {
    return make(input, actors.requirePermission(CaseDuty.REPORT.permission()));
  }

  /**
   * A case reported, or found by its client id.
   *
   * @param names the category's name by code when made now, else {@code null}
   */
  public record Made(GridCase gridCase, boolean created, Map<String, String> names) {}

  private Made make(NewCase input, Actor actor) {
    String clientId = blankToNull(input.clientId());
    if (clientId != null) {
      Optional<GridCase> earlier = cases.findByClient(actor.name(), clientId);
      if (earlier.isPresent()) {
        return new Made(earlier.get(), false, null);
      }
    }
    ValidationException.Collector errors = new ValidationException.Collector();
    Category category = null;
    if (blankToNull(input.category()) == null) {
      errors.add("category", "grid.case.category-required");
    } else {
      try {
        category =
            categories
                .find(CategoryCode.parse(input.category().strip()))
                .orElseThrow(() -> unknownCategory(input.category()));
      } catch (DomainException e) {
        errors.add("category", "grid.case.category-unknown", input.category());
      }
    }
    GeoPoint point = null;
    boolean placeGiven = input.latitude() != null || input.longitude() != null;
    if (placeGiven) {
      try {
        point =
            input.latitude() == null || input.longitude() == null
                ? null
                : GeoPoint.of(input.latitude(), input.longitude());
      } catch (DomainException e) {
        point = null;
      }
      if (point == null) {
        errors.add("place", "grid.point.invalid", input.latitude(), input.longitude());
      }
    }
    Optional<GridLocator.GridPlace> place = Optional.empty();
    if (blankToNull(input.gridCode()) != null) {
      try {
        place = grids.find(GridCode.of(input.gridCode().strip()));
      } catch (DomainException e) {
        place = Optional.empty();
      }
      if (place.isEmpty()) {
        errors.add("gridCode", "grid.case.grid-unknown", input.gridCode());
      } else if (!placeGiven) {
        // A unit grid without coordinates (a hotline ticket, an old system): a point inside it.
        point = place.get().inside().orElse(null);
        if (point == null) {
          errors.add("place", "grid.case.place-required");
        }
      }
    } else if (point != null) {
      place = grids.locate(point);
    } else if (!placeGiven) {
      errors.add("place", "grid.case.place-required");
    }
    if (blankToNull(input.description()) == null) {
      errors.add("description", "grid.case.description-required");
    }
    Optional<ReporterContact> contact = Optional.empty();
    try {
      contact = ReporterContact.of(input.contactName(), input.contactPhone(), input.contactEmail());
    } catch (DomainException e) {
      errors.add("contact", e.messageKey());
    }
    errors.throwIfAny();

    Instant now = Instant.now();
    String district =
        place
            .map(p -> p.unitGrid().countyCode())
            .orElseGet(() -> settings.get(GridModule.KEY, GridModule.DEFAULT_DISTRICT).strip());
    int year = LocalDateTime.ofInstant(now, zone()).getYear();
    CaseNumber number = CaseNumber.of(district, year, numbers.next(district, year));
    GridCase created =
        GridCase.report(
            number,
            new GridCase.Report(
                input.source() == null ? CaseSource.GRID_WORKER : input.source(),
                category.code(),
                place.map(GridLocator.GridPlace::unitGrid).orElse(null),
                point,
                input.address(),
                input.description(),
                input.simple()),
            actor.name(),
            now);
    created.identifiedByClient(clientId);
    contact.ifPresent(created::contactedAt);
    Optional<UnitSummary> area =
        place.map(GridLocator.GridPlace::unitCode).flatMap(directory::findByCode);
    if (area.isEmpty() && actor.unitCode() == null) {
      // Outside every grid and reported by a system flow, which belongs to no unit: the district
      // whose code the case number carries, so that its clerks can file or refuse it.
      area = directory.findByCode(district);
    }
    if (area.isPresent()) {
      created.placeIn(area.get().code(), area.get().path());
    } else {
      created.placeIn(actor.unitCode(), actor.unitPath());
    }
    checkDuplicates(created, now);
    cases.add(created);
    enterStage(created, category, true);
    audit.record(AUDIT_TYPE, number.value(), "REPORT", Map.of(), auditValues(created, null));
    notices.announce(created, categoryName(category));
    changes.fire(
        changed(
            created, CaseChanged.REPORTED, null, created.state(), null, null, actor.name(), now));
    Map<String, String> names = new LinkedHashMap<>();
    names.put(category.code().qualified(), categoryName(category));
    return new Made(created, true, names);
  }

  private void checkDuplicates(GridCase created, Instant now) {
    DuplicateRule rule =
        new DuplicateRule(
            settings.getInt(GridModule.KEY, GridModule.DUPLICATE_RADIUS),
            Duration.ofDays(settings.getInt(GridModule.KEY, GridModule.DUPLICATE_DAYS)),
            Duration.ofDays(settings.getInt(GridModule.KEY, GridModule.RECURRENCE_DAYS)));
    Duration longest =
        rule.window().compareTo(rule.recurrenceWindow()) > 0
            ? rule.window()
            : rule.recurrenceWindow();
    List<DuplicateRule.Candidate> nearby =
        cases.nearby(
            created.category(), created.place().around(rule.radiusMetres()), now.minus(longest));
    rule.duplicateOf(created.category(), created.place(), now, nearby)
        .ifPresent(c -> created.markDuplicateOf(CaseNumber.parse(c.caseNumber())));
    rule.recurrenceOf(created.category(), created.place(), now, nearby)
        .ifPresent(c -> created.markRecurrenceOf(CaseNumber.parse(c.caseNumber())));
  }

  /** Takes one step on a case, as the current actor. */
  public CaseDetail act(String caseNumber, CaseCommand command) {
    if (command == null || command.action() == null) {
      throw ValidationException.of("action", "grid.case.action-required");
    }
    CaseAction action = command.action();
    Actor actor = actors.requirePermission(action.duty().permission());
    GridCase gridCase = load(caseNumber);
    if (!mayAct(actor, gridCase, action.duty())) {
      throw DomainException.forbidden("grid.case.not-yours", gridCase.number().value());
    }
    if (command.version() != null && command.version() != gridCase.version()) {
      throw DomainException.conflict("grid.case.changed", gridCase.number().value());
    }
    Map<String, Object> before = auditValues(gridCase, null);
    Long runningDeadline = gridCase.stageDeadlineId().orElse(null);
    Instant dueBefore = gridCase.stageDueAt().orElse(null);
    Instant now = Instant.now();
    String who = actor.name();
    GridCase original = null;
    CaseEvent event =
        switch (action) {
          case FILE -> gridCase.file(who, now);
          case REJECT -> gridCase.reject(who, now, command.reason());
          case CLOSE_ON_SPOT ->
              gridCase.closeOnSpot(
                  who, now, photos(gridCase, PHOTOS_BEFORE), photos(gridCase, PHOTOS_AFTER));
          case MERGE -> {
            original = mergeTarget(actor, gridCase, command.original());
            CaseEvent merged = gridCase.mergeInto(original.number(), who, now);
            original.takeReportersOf(gridCase);
            yield merged;
          }
          case DISPATCH ->
              gridCase.dispatchTo(
                  knownUnit(
                      blankToNull(command.unitCode()) == null
                          ? suggestedUnit(gridCase).orElse(null)
                          : command.unitCode()),
                  who,
                  now);
          case ARBITRATE ->
              gridCase.arbitrate(knownUnit(command.unitCode()), who, now, command.reason());
          case SIGN -> gridCase.sign(who, now);
          case RETURN -> gridCase.returnToCentre(who, now, command.reason());
          case START -> gridCase.start(who, now);
          case REQUEST_POSTPONEMENT ->
              gridCase.requestPostponement(
                  who, now, command.days() == null ? 0 : command.days(), command.reason());
          case APPROVE_POSTPONEMENT -> gridCase.approvePostponement(who, now);
          case REFUSE_POSTPONEMENT -> gridCase.refusePostponement(who, now, command.reason());
          case REPORT_BACK -> gridCase.reportBack(who, now);
          case LEDGER -> gridCase.ledger(who, now, command.reason());
          case START_VERIFICATION -> gridCase.startVerification(who, now);
          case CLOSE -> gridCase.close(who, now);
          case SEND_BACK -> gridCase.sendBack(who, now, command.reason());
          case REOPEN -> gridCase.reopen(who, now, command.reason());
        };
    gridCase.responsibleUnitAt(
        gridCase
            .responsibleUnit()
            .flatMap(directory::findByCode)
            .map(UnitSummary::path)
            .orElse(null));
    if (runningDeadline != null && gridCase.stageDeadlineId().isEmpty()) {
      deadlines.close(runningDeadline);
    }
    Category category = categories.find(gridCase.category()).orElse(null);
    if (action == CaseAction.APPROVE_POSTPONEMENT) {
      extend(gridCase, runningDeadline, dueBefore, gridCase.requestedDays().orElse(1));
    } else {
      enterStage(gridCase, category, false);
    }
    audit.record(
        AUDIT_TYPE,
        gridCase.number().value(),
        action.name(),
        before,
        auditValues(gridCase, event.reason()));
    if (original != null) {
      audit.record(
          AUDIT_TYPE,
          original.number().value(),
          "TAKE_MERGED",
          Map.of(),
          Map.of("merged", gridCase.number().value()));
    }
    notices.announce(gridCase, categoryName(category));
    changes.fire(
        changed(
            gridCase,
            action.name(),
            event.fromState(),
            event.toState(),
            event.reason(),
            original == null ? null : original.number().value(),
            who,
            now));
    return detailOf(gridCase, actor);
  }

  private static CaseChanged changed(
      GridCase gridCase,
      String action,
      CaseState from,
      CaseState to,
      String reason,
      String mergedInto,
      String actor,
      Instant at) {
    return new CaseChanged(
        gridCase.number().value(),
        action,
        from == null ? null : from.name(),
        to.name(),
        reason,
        gridCase.requestedDays().orElse(null),
        gridCase.responsibleUnit().orElse(null),
        mergedInto,
        gridCase.source().name(),
        gridCase.clientId().orElse(null),
        actor,
        at);
  }

  /** 督办: marks a case as supervised by the supervising unit, or no longer. */
  public CaseDetail supervise(String caseNumber, boolean watched) {
    Actor actor = actors.requirePermission(CaseDuty.DISPATCH.permission());
    GridCase gridCase = load(caseNumber);
    if (!mayAct(actor, gridCase, CaseDuty.DISPATCH)) {
      throw DomainException.forbidden("grid.case.not-yours", gridCase.number().value());
    }
    if (gridCase.supervised() != watched) {
      gridCase.markSupervised(watched);
      audit.record(
          AUDIT_TYPE,
          gridCase.number().value(),
          watched ? "SUPERVISE" : "UNSUPERVISE",
          Map.of("supervised", !watched),
          Map.of("supervised", watched));
    }
    return detailOf(gridCase, actor);
  }

  /** A case as the current reader may see it (404 when it does not exist or is out of reach). */
  public CaseDetail detail(String caseNumber) {
    Actor actor = actors.requirePermission(GridModule.CASE_READ);
    GridCase gridCase = load(caseNumber);
    if (!mayRead(actor, gridCase)) {
      throw DomainException.notFound("grid.case.not-found", caseNumber);
    }
    return detailOf(gridCase, actor);
  }

  /** Most cases a list counts (and so pages through): narrower filters find the others. */
  public static final int COUNT_CAP = 10_000;

  /** A page of cases within the reader's reach. */
  public List<CaseSummary> search(CaseFilter filter, int first, int max) {
    Actor actor = actors.requirePermission(GridModule.CASE_READ);
    return summaries(cases.search(filter, reach(actor), Math.max(0, first), pageSize(max)));
  }

  /**
   * A page of cases within the reader's reach with the number of all that match, counted up to
   * {@link #COUNT_CAP}.
   */
  public CasePage page(CaseFilter filter, int first, int max) {
    Actor actor = actors.requirePermission(GridModule.CASE_READ);
    GridCaseRepository.Found found =
        cases.page(filter, reach(actor), Math.max(0, first), pageSize(max), COUNT_CAP);
    return new CasePage(
        Math.min(found.count(), COUNT_CAP), found.count() > COUNT_CAP, summaries(found.items()));
  }

  /**
   * How many cases match, counted up to {@link #COUNT_CAP} + 1 (lists page through no more than the
   * cap; a full count of a million cases takes a second).
   */
  public long countForList(CaseFilter filter) {
    Actor actor = actors.requirePermission(GridModule.CASE_READ);
    return cases.countUpTo(filter, reach(actor), COUNT_CAP);
  }

  private static int pageSize(int max) {
    return Math.min(Math.max(1, max), 500);
  }

  private List<CaseSummary> summaries(List<GridCase> found) {
    Map<String, String> names = new LinkedHashMap<>();
    return found.stream().map(c -> summaryOf(c, names)).toList();
  }

  /** How many cases match. */
  public long count(CaseFilter filter) {
    Actor actor = actors.requirePermission(GridModule.CASE_READ);
    return cases.count(filter, reach(actor));
  }

  /** How many cases within the reader's reach were closed at or after {@code since}. */
  public long closedSince(Instant since) {
    Actor actor = actors.requirePermission(GridModule.CASE_READ);
    return cases.countClosedSince(since, reach(actor));
  }

  /** The categories with the most open cases within the reader's reach, most first. */
  public List<CategoryCases> openByCategory(int limit) {
    Actor actor = actors.requirePermission(GridModule.CASE_READ);
    return cases.openByCategory(reach(actor), Math.max(1, limit)).stream()
        .map(
            count ->
                new CategoryCases(
                    count.category().qualified(),
                    categories
                        .find(count.category())
                        .map(this::categoryName)
                        .orElse(count.category().qualified()),
                    count.cases()))
        .toList();
  }

  /** The duties of the reader's inbox: each duty the reader holds with the states it waits in. */
  public Map<CaseDuty, Set<CaseState>> inboxOf(Actor actor) {
    Map<CaseDuty, Set<CaseState>> tasks = new EnumMap<>(CaseDuty.class);
    for (CaseDuty duty : CaseDuty.values()) {
      if (actor.hasPermission(duty.permission()) && !duty.inboxStates().isEmpty()) {
        tasks.put(duty, duty.inboxStates());
      }
    }
    return tasks;
  }

  /** The current reader's inbox filter (cases waiting for one of the reader's duties). */
  public CaseFilter myTasks() {
    Actor actor = actors.requirePermission(GridModule.CASE_READ);
    return new CaseFilter(null, null, null, null, false, false, null, inboxOf(actor), null);
  }

  // --- rules of reach -------------------------------------------------------------------------

  GridCaseRepository.Reach reach(Actor actor) {
    List<String> worked =
        actor.hasPermission(CaseDuty.VERIFY.permission())
                || actor.hasPermission(CaseDuty.REPORT.permission())
            ? grids.gridsWorkedBy(actor.name()).stream().map(GridCode::value).toList()
            : List.of();
    return new GridCaseRepository.Reach(unitsInScope(actor), worked, actor.name());
  }

  /**
   * The codes of the units in the actor's scope, {@code null} when it covers the whole tree (no
   * filter needed): the inbox queries compare unit codes on an index.
   */
  private Set<String> unitsInScope(Actor actor) {
    if (actor.scope().everything()
        || directory.roots().stream().allMatch(root -> actor.scope().covers(root.path()))) {
      return null;
    }
    return directory.within(actor.scope()).stream()
        .map(UnitSummary::code)
        .collect(java.util.stream.Collectors.toSet());
  }

  private boolean inGridOf(Actor actor, GridCase gridCase) {
    return gridCase.grid().map(g -> grids.gridsWorkedBy(actor.name()).contains(g)).orElse(false);
  }

  boolean mayRead(Actor actor, GridCase gridCase) {
    return actor.scope().covers(gridCase.areaPath().orElse(null))
        || actor.scope().covers(gridCase.responsiblePath().orElse(null))
        || actor.name().equals(gridCase.reportedBy())
        || inGridOf(actor, gridCase);
  }

  boolean mayAct(Actor actor, GridCase gridCase, CaseDuty duty) {
    if (!actor.hasPermission(duty.permission())) {
      return false;
    }
    return switch (duty) {
      case HANDLE -> actor.scope().covers(gridCase.responsiblePath().orElse(null));
      case REPORT -> actor.name().equals(gridCase.reportedBy());
      case VERIFY ->
          actor.scope().covers(gridCase.areaPath().orElse(null)) || inGridOf(actor, gridCase);
      case ACCEPT, DISPATCH -> actor.scope().covers(gridCase.areaPath().orElse(null));
    };
  }

  private List<CaseAction> allowedFor(Actor actor, GridCase gridCase) {
    List<CaseAction> allowed = new ArrayList<>();
    for (CaseAction action : CaseAction.allowedIn(gridCase.state())) {
      if (mayAct(actor, gridCase, action.duty())) {
        if (action == CaseAction.CLOSE_ON_SPOT && !gridCase.simple()) {
          continue;
        }
        allowed.add(action);
      }
    }
    return allowed;
  }

  // --- helpers --------------------------------------------------------------------------------

  private GridCase load(String caseNumber) {
    CaseNumber number;
    try {
      number = CaseNumber.parse(caseNumber == null ? "" : caseNumber.strip());
    } catch (DomainException e) {
      throw DomainException.notFound("grid.case.not-found", caseNumber);
    }
    return cases
        .find(number)
        .orElseThrow(() -> DomainException.notFound("grid.case.not-found", caseNumber));
  }

  private GridCase mergeTarget(Actor actor, GridCase duplicate, String originalNumber) {
    if (blankToNull(originalNumber) == null) {
      throw ValidationException.of("original", "grid.case.original-required");
    }
    GridCase original = load(originalNumber);
    if (!original.state().open() || original.state() == CaseState.MERGED) {
      throw DomainException.conflict("grid.case.merge-closed", original.number().value());
    }
    if (!mayAct(actor, original, CaseDuty.ACCEPT)) {
      throw DomainException.forbidden("grid.case.not-yours", original.number().value());
    }
    if (original == duplicate) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.case.merge-self");
    }
    return original;
  }

  /** The unit the routing rules name for the case (category × grid), else the category's own. */
  Optional<String> suggestedUnit(GridCase gridCase) {
    return categories.route(gridCase.category(), gridCase.grid().orElse(null));
  }

  private String knownUnit(String unitCode) {
    if (blankToNull(unitCode) == null) {
      throw ValidationException.of("unitCode", "grid.case.unit-required");
    }
    return directory
        .findByCode(unitCode.strip())
        .filter(UnitSummary::active)
        .map(UnitSummary::code)
        .orElseThrow(() -> ValidationException.of("unitCode", "grid.case.unit-unknown", unitCode));
  }

  private int photos(GridCase gridCase, String type) {
    return attachments
        .list(new AttachmentOwner(GridModule.KEY, type, gridCase.number().value()))
        .size();
  }

  /**
   * Registers the deadline of the stage the case just entered, unless its clock runs on; a case
   * just reported can have none open yet.
   */
  private void enterStage(GridCase gridCase, Category category, boolean reported) {
    Optional<CaseStage> stage = gridCase.state().stage();
    if (stage.isEmpty() || gridCase.stageDueAt().isPresent() || category == null) {
      return;
    }
    DeadlineRule rule = category.limits().of(stage.get());
    DeadlineRequest request =
        new DeadlineRequest(
            owner(gridCase),
            stage.get().name(),
            LocalDateTime.ofInstant(gridCase.stageStartedAt(), zone()),
            rule,
            region());
    DeadlineView view = reported ? deadlines.registerNew(request) : deadlines.register(request);
    gridCase.enterStage(dueOf(view));
    gridCase.trackedBy(view.id());
  }

  /** The handling deadline moves by the approved working days, counted from the old deadline. */
  private void extend(GridCase gridCase, Long runningDeadline, Instant dueBefore, int days) {
    if (runningDeadline != null) {
      deadlines.close(runningDeadline);
    }
    Instant from = dueBefore == null ? Instant.now() : dueBefore;
    DeadlineView view =
        deadlines.register(
            new DeadlineRequest(
                owner(gridCase),
                CaseStage.HANDLE.name(),
                LocalDateTime.ofInstant(from, zone()),
                DeadlineRule.workingDays(days),
                region()));
    gridCase.enterStage(dueOf(view));
    gridCase.trackedBy(view.id());
  }

  static DeadlineOwner owner(GridCase gridCase) {
    return new DeadlineOwner(GridModule.KEY, "case", gridCase.number().value());
  }

  private static Instant dueOf(DeadlineView view) {
    LocalTime time = view.dueTime() == null ? LocalTime.of(23, 59, 59) : view.dueTime();
    return view.dueDate().atTime(time).atZone(zone()).toInstant();
  }

  static ZoneId zone() {
    return SuiteZone.get();
  }

  private String region() {
    return blankToNull(settings.get(GridModule.KEY, GridModule.CALENDAR_REGION));
  }

  /** The light of the running stage: the share of its working time used. */
  DeadlineLight lightOf(GridCase gridCase, Instant now) {
    if (!gridCase.state().open() || gridCase.stageDueAt().isEmpty()) {
      return null;
    }
    if (gridCase.overdueAt(now)) {
      return DeadlineLight.RED;
    }
    LocalDateTime start = LocalDateTime.ofInstant(gridCase.stageStartedAt(), zone());
    LocalDateTime due = LocalDateTime.ofInstant(gridCase.stageDueAt().get(), zone());
    long allowed = calendar.workingTimeBetween(start, due, region()).toMinutes();
    long used =
        calendar
            .workingTimeBetween(start, LocalDateTime.ofInstant(now, zone()), region())
            .toMinutes();
    double warnAt = settings.getInt(GridModule.KEY, GridModule.WARN_AT_PERCENT) / 100.0;
    return DeadlineLight.of(used, allowed, warnAt);
  }

  private CaseSummary summaryOf(GridCase gridCase, Map<String, String> names) {
    String name =
        names.computeIfAbsent(
            gridCase.category().qualified(),
            code -> categories.find(gridCase.category()).map(this::categoryName).orElse(code));
    return CaseSummary.of(gridCase, name, lightOf(gridCase, Instant.now()));
  }

  private CaseDetail detailOf(GridCase gridCase, Actor actor) {
    return detailOf(gridCase, actor, new LinkedHashMap<>());
  }

  /** The detail, with the category names already known (code to name) not looked up again. */
  private CaseDetail detailOf(GridCase gridCase, Actor actor, Map<String, String> names) {
    DeadlineView deadline = gridCase.stageDeadlineId().flatMap(deadlines::find).orElse(null);
    String contact =
        gridCase
            .reporterContact()
            .map(
                c ->
                    mayAct(actor, gridCase, CaseDuty.ACCEPT)
                            || mayAct(actor, gridCase, CaseDuty.VERIFY)
                        ? String.join(
                            " ",
                            java.util.stream.Stream.of(c.name(), c.phone(), c.email())
                                .filter(java.util.Objects::nonNull)
                                .toList())
                        : c.masked())
            .orElse(null);
    return new CaseDetail(
        summaryOf(gridCase, names),
        gridCase.reportedBy(),
        contact,
        deadline,
        gridCase.timeline().stream()
            .map(
                e ->
                    new CaseDetail.Step(
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.fromState(),
                        e.toState(),
                        e.unitCode(),
                        e.reason()))
            .toList(),
        gridCase.otherReporters().stream().map(r -> r.reportedBy()).toList(),
        allowedFor(actor, gridCase),
        gridCase.state() == CaseState.FILED
                || gridCase.state() == CaseState.RETURNED
                || gridCase.state() == CaseState.REOPENED
            ? suggestedUnit(gridCase).orElse(null)
            : null);
  }

  private String categoryName(Category category) {
    return category == null ? null : category.majorName() + " / " + category.name();
  }

  private static Map<String, Object> auditValues(GridCase gridCase, String reason) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("state", gridCase.state().name());
    values.put("category", gridCase.category().qualified());
    gridCase.grid().ifPresent(g -> values.put("grid", g.value()));
    gridCase.responsibleUnit().ifPresent(u -> values.put("unit", u));
    gridCase.stageDueAt().ifPresent(d -> values.put("due", d.toString()));
    if (reason != null) {
      values.put("reason", reason);
    }
    return values;
  }

  private static DomainException unknownCategory(String code) {
    return new DomainException(DomainException.Kind.INVALID, "grid.case.category-unknown", code);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
