package cn.finegov.planning.application;

import cn.finegov.kernel.api.attachment.AttachmentContent;
import cn.finegov.kernel.api.attachment.AttachmentInfo;
import cn.finegov.kernel.api.attachment.AttachmentOwner;
import cn.finegov.kernel.api.attachment.Attachments;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.DeadlineOwner;
import cn.finegov.kernel.api.calendar.DeadlineRegistry;
import cn.finegov.kernel.api.calendar.DeadlineRequest;
import cn.finegov.kernel.api.calendar.DeadlineStatus;
import cn.finegov.kernel.api.calendar.DeadlineView;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.lineage.EntityRef;
import cn.finegov.kernel.api.lineage.Lineage;
import cn.finegov.kernel.api.lineage.LinkView;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.module.SettingDefinition;
import cn.finegov.kernel.api.notification.NotificationReceipt;
import cn.finegov.kernel.api.notification.NotificationRequest;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.org.UnitType;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.Scope;
import cn.finegov.planning.Entities;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.api.ImmediateTaskChanged.Step;
import cn.finegov.planning.domain.model.plan.AnnualPlan;
import cn.finegov.planning.domain.model.plan.PlanFilter;
import cn.finegov.planning.domain.model.plan.PlanRepository;
import cn.finegov.planning.domain.model.task.DelayRequest;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import cn.finegov.planning.domain.model.task.ProgressReport;
import cn.finegov.planning.domain.model.task.TaskFilter;
import cn.finegov.planning.domain.model.task.TaskNumber;
import cn.finegov.planning.domain.model.task.TaskRepository;
import cn.finegov.planning.domain.model.task.TaskSource;
import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The services wired to in-memory repositories and kernel stand-ins: the demo city's units, people
 * with roles and scopes, audit entries, notifications, deadlines (weekdays only), lineage.
 */
final class Fakes {

  static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  // The demo city: 1 city, 2 its departments, 7 district, 8 district department, 9/10 streets.
  static final UnitSummary CITY = unit(1, "990100", UnitType.CITY, null, "/1/");
  static final UnitSummary CITY_DEPT = unit(2, "990100-CG", UnitType.DEPARTMENT, 1L, "/1/2/");
  static final UnitSummary HOUSING = unit(3, "990100-ZJ", UnitType.DEPARTMENT, 1L, "/1/3/");
  static final UnitSummary DISTRICT = unit(7, "990102", UnitType.DISTRICT, 1L, "/1/7/");
  static final UnitSummary OTHER_DISTRICT = unit(11, "990105", UnitType.DISTRICT, 1L, "/1/11/");
  static final UnitSummary STREET_A = unit(9, "990102001", UnitType.STREET, 7L, "/1/7/9/");
  static final UnitSummary STREET_B = unit(10, "990102002", UnitType.STREET, 7L, "/1/7/10/");
  static final List<UnitSummary> UNITS =
      List.of(CITY, CITY_DEPT, HOUSING, DISTRICT, OTHER_DISTRICT, STREET_A, STREET_B);

  final Map<Long, AnnualPlan> plans = new LinkedHashMap<>();
  final Map<String, GovernanceTask> tasks = new LinkedHashMap<>();
  final List<ProgressReport> reports = new ArrayList<>();
  final List<DelayRequest> delays = new ArrayList<>();
  final List<String> audit = new ArrayList<>();
  final List<NotificationRequest> notices = new ArrayList<>();
  final List<String> links = new ArrayList<>();
  final List<String> announced = new ArrayList<>();
  final Map<Long, DeadlineView> deadlines = new HashMap<>();
  final Map<Long, AttachmentInfo> attachments = new HashMap<>();
  final Map<String, String> settingValues = new HashMap<>();
  final Map<Integer, Long> counters = new HashMap<>();
  Actor actor;
  long ids = 1000;

  final PlanService planService = new PlanService();
  final TaskService taskService = new TaskService();
  final ImmediateTaskIntakeService intake = new ImmediateTaskIntakeService();
  final PlanningSettings settings = new PlanningSettings();

  Fakes() {
    for (SettingDefinition definition : new PlanningModule().settings()) {
      settingValues.put(definition.key(), definition.defaultValue());
    }
    settings.settings = new Settings();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    Supplier<ZoneId> zone = () -> ZONE;
    PlanningNotices notices = new PlanningNotices();
    notices.notifier =
        request -> {
          this.notices.add(request);
          return new NotificationReceipt(List.of(), 0, List.of());
        };
    ActorContext actors = new Actors();
    AuditLog auditLog =
        (type, id, action, before, after) -> audit.add(type + " " + id + " " + action);
    Directory directory = new Directory();
    Plans planRepository = new Plans();
    Tasks taskRepository = new Tasks();
    Deadlines registry = new Deadlines();

    planService.plans = planRepository;
    planService.tasks = taskRepository;
    planService.directory = directory;
    planService.actors = actors;
    planService.audit = auditLog;
    planService.settings = settings;
    planService.notices = notices;
    planService.messages = new Messages();
    planService.clock = clock;
    planService.zone = zone;

    taskService.tasks = taskRepository;
    taskService.plans = planRepository;
    taskService.planService = planService;
    taskService.directory = directory;
    taskService.actors = actors;
    taskService.audit = auditLog;
    taskService.attachments = new Files();
    taskService.deadlines = registry;
    taskService.settings = settings;
    taskService.notices = notices;
    taskService.events =
        new ImmediateTaskEvents() {
          @Override
          void announce(
              GovernanceTask task,
              Step step,
              LocalDate deadlineBefore,
              LocalDate proposed,
              String text,
              Instant at) {
            if (task.immediate() && task.externalRef().isPresent()) {
              announced.add(task.number().value() + " " + step + " " + proposed + " " + text);
            }
          }
        };
    taskService.clock = clock;
    taskService.zone = zone;

    intake.tasks = taskRepository;
    intake.directory = directory;
    intake.actors = actors;
    intake.audit = auditLog;
    intake.deadlines = registry;
    intake.lineage = new Links();
    intake.settings = settings;
    intake.notices = notices;
    intake.clock = clock;
    intake.zone = zone;
  }

  static UnitSummary unit(long id, String code, UnitType type, Long parent, String path) {
    return new UnitSummary(id, code, "单位" + code, null, type, parent, true, 0, path);
  }

  /** Acts as a person of {@code unit} holding {@code permissions}. */
  Fakes as(UnitSummary unit, String... permissions) {
    actor =
        new Actor(
            "user-" + unit.code(),
            null,
            unit.id(),
            unit.code(),
            unit.path(),
            Set.of(),
            Set.of(permissions),
            Scope.of(List.of(unit.path())),
            Actor.Kind.PERSON);
    return this;
  }

  /** Every planning permission. */
  static String[] all() {
    return PlanningModule.PERMISSIONS.toArray(String[]::new);
  }

  /** A file uploaded as evidence of a task. */
  long evidence(String taskNumber) {
    long id = ids++;
    attachments.put(
        id,
        new AttachmentInfo(
            id,
            new AttachmentOwner(PlanningModule.KEY, "task", taskNumber),
            "photo.jpg",
            "image/jpeg",
            10,
            "0".repeat(64),
            true,
            "u",
            NOW));
    return id;
  }

  List<String> auditOf(String id) {
    return audit.stream()
        .filter(a -> a.contains(" " + id + " "))
        .map(a -> a.substring(a.lastIndexOf(' ') + 1))
        .toList();
  }

  final class Actors implements ActorContext {
    @Override
    public Actor current() {
      return actor == null ? Actor.ANONYMOUS : actor;
    }

    @Override
    public String clientAddress() {
      return "test";
    }

    @Override
    public <T> T runAs(Actor other, Supplier<T> work) {
      Actor before = actor;
      actor = other;
      try {
        return work.get();
      } finally {
        actor = before;
      }
    }
  }

  final class Settings implements ModuleSettings {
    @Override
    public String get(String moduleKey, String key) {
      if (!settingValues.containsKey(key)) {
        throw new IllegalArgumentException(key);
      }
      return settingValues.get(key);
    }
  }

  static final class Messages implements MessageSource {
    @Override
    public String get(java.util.Locale locale, String key, Object... arguments) {
      return key + List.of(arguments);
    }

    @Override
    public boolean contains(String key) {
      return true;
    }
  }

  static final class Directory implements OrganisationDirectory {
    @Override
    public Optional<UnitSummary> findById(long id) {
      return UNITS.stream().filter(u -> u.id() == id).findFirst();
    }

    @Override
    public Optional<UnitSummary> findByCode(String code) {
      return UNITS.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    @Override
    public List<UnitSummary> subtree(long unitId) {
      String path = findById(unitId).orElseThrow().path();
      return UNITS.stream().filter(u -> u.path().startsWith(path)).toList();
    }

    @Override
    public List<UnitSummary> roots() {
      return List.of(CITY);
    }

    @Override
    public List<UnitSummary> within(Scope scope) {
      return UNITS.stream().filter(u -> scope.covers(u.path())).toList();
    }
  }

  final class Plans implements PlanRepository {
    @Override
    public Optional<AnnualPlan> find(long id) {
      return Optional.ofNullable(plans.get(id));
    }

    @Override
    public Optional<AnnualPlan> findOf(long unitId, int year) {
      return plans.values().stream()
          .filter(p -> p.ownerUnitId() == unitId && p.year() == year)
          .findFirst();
    }

    @Override
    public void add(AnnualPlan plan) {
      Entities.withId(plan, ids++);
      plans.put(plan.id(), plan);
    }

    @Override
    public void remove(AnnualPlan plan) {
      plans.remove(plan.id());
    }

    @Override
    public boolean hasChildPlans(long planId) {
      return plans.values().stream()
          .anyMatch(p -> p.parentPlanId().filter(id -> id == planId).isPresent());
    }

    @Override
    public List<AnnualPlan> search(PlanFilter filter, Reach reach, int first, int max) {
      return plans.values().stream()
          .filter(p -> filter.year() == null || p.year() == filter.year())
          .filter(p -> filter.state() == null || p.state() == filter.state())
          .filter(
              p -> reach.everything() || reach.paths().stream().anyMatch(p.ownerPath()::startsWith))
          .skip(first)
          .limit(max)
          .toList();
    }

    @Override
    public long count(PlanFilter filter, Reach reach) {
      return search(filter, reach, 0, Integer.MAX_VALUE).size();
    }
  }

  final class Tasks implements TaskRepository {
    @Override
    public Optional<GovernanceTask> find(TaskNumber number) {
      return Optional.ofNullable(tasks.get(number.value()));
    }

    @Override
    public Optional<GovernanceTask> findByExternal(TaskSource source, String externalRef) {
      return tasks.values().stream()
          .filter(
              t -> t.source() == source && t.externalRef().filter(externalRef::equals).isPresent())
          .findFirst();
    }

    @Override
    public List<GovernanceTask> findAll(Collection<String> numbers) {
      return numbers.stream().map(tasks::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public void add(GovernanceTask task) {
      Entities.withId(task, ids++);
      tasks.put(task.number().value(), task);
    }

    @Override
    public void remove(GovernanceTask task) {
      tasks.remove(task.number().value());
    }

    @Override
    public long nextSequence(int year) {
      return counters.merge(year, 1L, Long::sum);
    }

    @Override
    public List<GovernanceTask> ofPlan(long planId) {
      return tasks.values().stream()
          .filter(t -> t.planId().filter(p -> p == planId).isPresent())
          .toList();
    }

    @Override
    public long countOfPlan(long planId) {
      return ofPlan(planId).size();
    }

    @Override
    public List<GovernanceTask> children(long taskId) {
      return tasks.values().stream()
          .filter(t -> t.parentId().filter(p -> p == taskId).isPresent())
          .toList();
    }

    @Override
    public boolean hasChildren(long taskId) {
      return !children(taskId).isEmpty();
    }

    @Override
    public List<GovernanceTask> descendants(GovernanceTask task, int max) {
      return tasks.values().stream()
          .filter(t -> t != task && t.treePath().startsWith(task.treePath()))
          .sorted(Comparator.comparingInt(GovernanceTask::depth))
          .limit(max)
          .toList();
    }

    @Override
    public List<GovernanceTask> search(
        TaskFilter filter, PlanRepository.Reach reach, int first, int max) {
      return tasks.values().stream()
          .filter(
              t ->
                  filter.planId() == null || t.planId().filter(filter.planId()::equals).isPresent())
          .filter(
              t ->
                  reach.everything()
                      || reach.paths().stream()
                          .anyMatch(
                              p ->
                                  t.ownerPath().startsWith(p)
                                      || t.issuingPath().startsWith(p)
                                      || t.lead().path().startsWith(p)
                                      || t.cooperatingUnits().stream()
                                          .anyMatch(u -> u.path().startsWith(p))))
          .skip(first)
          .limit(max)
          .toList();
    }

    @Override
    public long count(TaskFilter filter, PlanRepository.Reach reach) {
      return search(filter, reach, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public void addReport(ProgressReport report) {
      Entities.withId(report, ids++);
      reports.add(0, report);
    }

    @Override
    public List<ProgressReport> reports(GovernanceTask task) {
      return reports.stream().filter(r -> r.task() == task).toList();
    }

    @Override
    public void addDelayRequest(DelayRequest request) {
      Entities.withId(request, ids++);
      delays.add(0, request);
    }

    @Override
    public Optional<DelayRequest> findDelayRequest(long id) {
      return delays.stream().filter(d -> d.id() == id).findFirst();
    }

    @Override
    public List<DelayRequest> delayRequests(GovernanceTask task) {
      return delays.stream().filter(d -> d.task() == task).toList();
    }
  }

  /** Counts weekdays only (no holidays): enough for the arithmetic the services do. */
  final class Deadlines implements DeadlineRegistry {
    @Override
    public DeadlineView register(DeadlineRequest request) {
      LocalDate day = request.start().toLocalDate();
      long left = request.rule().amount();
      while (left > 0) {
        day = day.plusDays(1);
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
          left--;
        }
      }
      long id = ids++;
      DeadlineView view =
          new DeadlineView(
              id,
              request.owner(),
              request.kind(),
              request.region(),
              request.rule(),
              request.start().toLocalDate(),
              null,
              day,
              null,
              1,
              false,
              request.rule().amount() + "个工作日",
              request.rule().amount() + " working days",
              DeadlineStatus.OPEN,
              NOW,
              "test",
              null,
              null,
              null);
      deadlines.put(id, view);
      return view;
    }

    @Override
    public DeadlineView close(long id) {
      DeadlineView open = deadlines.get(id);
      DeadlineView closed =
          new DeadlineView(
              open.id(),
              open.owner(),
              open.kind(),
              open.region(),
              open.rule(),
              open.startDate(),
              open.startTime(),
              open.dueDate(),
              open.dueTime(),
              open.calendarVersion(),
              open.provisional(),
              open.explanationZh(),
              open.explanationEn(),
              DeadlineStatus.CLOSED,
              open.createdAt(),
              open.createdBy(),
              null,
              NOW,
              "test");
      deadlines.put(id, closed);
      return closed;
    }

    @Override
    public Optional<DeadlineView> close(DeadlineOwner owner, String kind) {
      return deadlines.values().stream()
          .filter(d -> d.owner().equals(owner) && d.kind().equals(kind) && d.open())
          .findFirst()
          .map(d -> close(d.id()));
    }

    @Override
    public Optional<DeadlineView> find(long id) {
      return Optional.ofNullable(deadlines.get(id));
    }

    @Override
    public List<DeadlineView> ofOwner(DeadlineOwner owner) {
      return deadlines.values().stream().filter(d -> d.owner().equals(owner)).toList();
    }
  }

  final class Links implements Lineage {
    @Override
    public LinkView link(EntityRef source, EntityRef target, String relation) {
      links.add(source + " -> " + target + " " + relation);
      return new LinkView(links.size(), source, target, relation, "test", NOW);
    }

    @Override
    public List<LinkView> originsOf(EntityRef target) {
      return List.of();
    }

    @Override
    public List<LinkView> derivedFrom(EntityRef source) {
      return List.of();
    }

    @Override
    public List<LinkView> trace(EntityRef record, int maxDepth) {
      return List.of();
    }
  }

  final class Files implements Attachments {
    @Override
    public AttachmentInfo store(AttachmentOwner owner, String fileName, InputStream content) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<AttachmentInfo> find(long id) {
      return Optional.ofNullable(attachments.get(id));
    }

    @Override
    public List<AttachmentInfo> list(AttachmentOwner owner) {
      return attachments.values().stream().filter(a -> a.owner().equals(owner)).toList();
    }

    @Override
    public AttachmentContent open(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<AttachmentContent> openThumbnail(long id) {
      return Optional.empty();
    }

    @Override
    public void delete(long id, String reason) {
      attachments.remove(id);
    }
  }
}
