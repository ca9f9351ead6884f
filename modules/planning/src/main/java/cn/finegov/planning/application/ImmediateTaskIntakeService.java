package cn.finegov.planning.application;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.DeadlineRegistry;
import cn.finegov.kernel.api.calendar.DeadlineRequest;
import cn.finegov.kernel.api.calendar.DeadlineView;
import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.lineage.EntityRef;
import cn.finegov.kernel.api.lineage.Lineage;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.api.ImmediateTaskIntake;
import cn.finegov.planning.api.ImmediateTaskRequest;
import cn.finegov.planning.api.TaskRef;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import cn.finegov.planning.domain.model.task.TaskNumber;
import cn.finegov.planning.domain.model.task.TaskPriority;
import cn.finegov.planning.domain.model.task.TaskRepository;
import cn.finegov.planning.domain.model.task.TaskSource;
import cn.finegov.planning.domain.model.task.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Immediate tasks (即时性任务). Decision: an immediate task belongs to no plan (a published plan is
 * read-only, and such tasks arrive all year); it is assigned to its lead unit at once, numbered in
 * the current year's sequence, and its deadline, counted in working days on the kernel's calendar,
 * is registered with the kernel's deadline registry, so that it follows calendar changes and keeps
 * its explanation. Its issuing unit (who decides delays and close-out) is the unit of the setting
 * {@code immediate.issuing-unit}, else the unit above the lead unit.
 */
@ApplicationScoped
@Transactional
public class ImmediateTaskIntakeService implements ImmediateTaskIntake {

  /** Longest title made from the start of a problem text. */
  static final int DERIVED_TITLE = 60;

  @Inject TaskRepository tasks;
  @Inject OrganisationDirectory directory;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject DeadlineRegistry deadlines;
  @Inject Lineage lineage;
  @Inject PlanningSettings settings;
  @Inject PlanningNotices notices;
  @Inject Clock clock;

  Supplier<ZoneId> zone = SuiteZone::get;

  @Override
  public TaskRef create(ImmediateTaskRequest request) {
    Actor actor = actors.requirePermission(PlanningModule.TASK_IMMEDIATE);
    if (request == null) {
      throw ValidationException.of("body", "validation.body-required");
    }
    ValidationException.Collector errors = new ValidationException.Collector();
    TaskSource source = null;
    if (request.source() == null || request.source().isBlank()) {
      errors.add("source", "validation.required");
    } else {
      try {
        source = TaskSource.valueOf(request.source().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add("source", "planning.value-unknown", request.source());
      }
    }
    String reference =
        request.externalReference() == null ? null : request.externalReference().strip();
    errors.required("externalReference", reference);
    errors.maxLength("externalReference", reference, GovernanceTask.MAX_EXTERNAL_REF);
    errors.throwIfAny();

    Optional<GovernanceTask> earlier = tasks.findByExternal(source, reference);
    if (earlier.isPresent()) {
      return refOf(earlier.get(), false);
    }

    String title = request.title() == null ? "" : request.title().strip();
    String problem = request.problem() == null ? null : request.problem().strip();
    if (title.isEmpty() && problem != null && !problem.isEmpty()) {
      title = problem.length() > DERIVED_TITLE ? problem.substring(0, DERIVED_TITLE) : problem;
    }
    errors.required("title", title);
    int days = request.workingDays() == null ? settings.immediateDays() : request.workingDays();
    if (days < 1 || days > 60) {
      errors.add("workingDays", "planning.immediate.days-invalid", days);
    }
    String leadCode =
        request.leadUnitCode() == null || request.leadUnitCode().isBlank()
            ? settings.immediateDefaultUnit()
            : request.leadUnitCode().strip();
    UnitSummary lead = null;
    if (leadCode == null) {
      errors.add("leadUnitCode", "planning.immediate.no-unit");
    } else {
      lead = directory.findByCode(leadCode).filter(UnitSummary::active).orElse(null);
      if (lead == null) {
        errors.add("leadUnitCode", "planning.unit-unknown", leadCode);
      }
    }
    errors.throwIfAny();
    if (!actor.scope().covers(lead.path())) {
      throw DomainException.forbidden("planning.unit-out-of-scope", lead.code());
    }
    UnitSummary issuing = issuingUnit(lead);

    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone.get());
    TaskNumber number = TaskNumber.of(today.getYear(), tasks.nextSequence(today.getYear()));
    DeadlineView due =
        deadlines.register(
            DeadlineRequest.workingDays(
                TaskService.deadlineOwner(number),
                TaskService.DEADLINE_KIND,
                today,
                days,
                settings.calendarRegion()));
    UnitRef leadRef = TaskService.unitRef(lead);
    GovernanceTask task =
        GovernanceTask.draft(
            number,
            new GovernanceTask.Placement(null, leadRef, TaskService.unitRef(issuing), null),
            new GovernanceTask.Definition(
                title,
                problem,
                null,
                null,
                due.dueDate(),
                source,
                TaskPriority.HIGH,
                false,
                1,
                leadRef,
                List.of()),
            reference,
            true,
            actor.name(),
            now);
    task.assign(today, now);
    task.trackedBy(due.id());
    tasks.add(task);
    EntityRef origin = request.origin();
    if (origin == null && source == TaskSource.HOTLINE_12345) {
      origin = new EntityRef("hotline", "Ticket", reference);
    }
    if (origin != null) {
      lineage.link(origin, new EntityRef(PlanningModule.KEY, "Task", number.value()), RELATION);
    }
    Map<String, Object> values = task.auditValues();
    values.put("source", source.name());
    values.put("externalRef", reference);
    values.put("immediate", true);
    values.put("workingDays", days);
    audit.record(TaskService.AUDIT_TYPE, number.value(), "CREATE_IMMEDIATE", Map.of(), values);
    notices.assigned(task);
    return refOf(task, true);
  }

  @Override
  public Optional<TaskRef> find(String source, String externalReference) {
    actors.requirePermission(PlanningModule.TASK_READ, PlanningModule.TASK_IMMEDIATE);
    TaskSource parsed;
    try {
      parsed = TaskSource.valueOf(source == null ? "" : source.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (externalReference == null || externalReference.isBlank()) {
      return Optional.empty();
    }
    return tasks.findByExternal(parsed, externalReference.strip()).map(t -> refOf(t, false));
  }

  @Override
  public Optional<TaskRef> find(String taskNumber) {
    actors.requirePermission(PlanningModule.TASK_READ, PlanningModule.TASK_IMMEDIATE);
    try {
      return tasks.find(TaskNumber.parse(taskNumber)).map(t -> refOf(t, false));
    } catch (DomainException e) {
      return Optional.empty();
    }
  }

  private UnitSummary issuingUnit(UnitSummary lead) {
    String configured = settings.immediateIssuingUnit();
    if (configured != null) {
      Optional<UnitSummary> unit = directory.findByCode(configured);
      if (unit.isPresent()) {
        return unit.get();
      }
    }
    return lead.parentId() == null ? lead : directory.findById(lead.parentId()).orElse(lead);
  }

  private TaskRef refOf(GovernanceTask task, boolean created) {
    return new TaskRef(
        task.number().value(),
        task.state().name(),
        task.lead().code(),
        task.deadline().orElse(null),
        task.deadlineId().flatMap(deadlines::find).map(DeadlineView::explanationZh).orElse(null),
        created);
  }
}
