package cn.finegov.planning;

import cn.finegov.kernel.api.module.DashboardWidget;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.MenuEntry;
import cn.finegov.kernel.api.module.ModuleData;
import cn.finegov.kernel.api.module.ModuleSchema;
import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.module.SettingDefinition;
import cn.finegov.kernel.api.notification.NotificationCategories;
import cn.finegov.kernel.api.notification.NotificationCategory;
import cn.finegov.kernel.api.security.Duty;
import cn.finegov.kernel.api.security.Roles;
import cn.finegov.planning.application.PlanningData;
import cn.finegov.planning.application.publication.CommitteeReportService;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The planning module (年度治理计划与任务清单): annual plans, governance tasks and their decomposition,
 * execution and close-out, immediate tasks. Its permissions, default grants, settings, notices and
 * menu entries (the staff screens under {@code /planning/}) are declared here.
 */
@ApplicationScoped
public class PlanningModule implements GovernanceModule, NotificationCategories {

  public static final String KEY = "planning";

  /** Read plans within the own unit and below. */
  public static final String PLAN_READ = "planning.plan.read";

  /** Draft and change plans of the own unit and below, submit them for review. */
  public static final String PLAN_EDIT = "planning.plan.edit";

  /** Review plans: approve them or send them back. */
  public static final String PLAN_APPROVE = "planning.plan.approve";

  /** Publish approved plans. */
  public static final String PLAN_PUBLISH = "planning.plan.publish";

  /** Read tasks: of the own unit's plans and below, led or co-operated by the own unit. */
  public static final String TASK_READ = "planning.task.read";

  /** Draft and change tasks of the own plans, override progress. */
  public static final String TASK_EDIT = "planning.task.edit";

  /** Hand tasks to their lead units and decompose them to units below. */
  public static final String TASK_ASSIGN = "planning.task.assign";

  /** Work on tasks the own unit leads: work plan, progress, delay and close-out requests. */
  public static final String TASK_REPORT = "planning.task.report";

  /** Decide delay and close-out requests of tasks the own unit issued. */
  public static final String TASK_APPROVE = "planning.task.approve";

  /** Create immediate tasks (即时性任务), e.g. from a hotline ticket. */
  public static final String TASK_IMMEDIATE = "planning.task.immediate";

  /** Change the module's settings. */
  public static final String SETTINGS_MANAGE = "planning.settings.manage";

  // --- public participation and evaluation ---

  /** Read solicitation rounds, proposals and public opinions of the own unit and below. */
  public static final String PARTICIPATION_READ = "planning.participation.read";

  /** Open and close solicitation rounds, record proposals and opinions, assign them to units. */
  public static final String PARTICIPATION_MANAGE = "planning.participation.manage";

  /** Evaluate proposals assigned to the own unit, take up and answer its opinions. */
  public static final String PARTICIPATION_HANDLE = "planning.participation.handle";

  /** See a citizen's whole contact (each view audited); lists show it masked. */
  public static final String PARTICIPATION_CONTACT = "planning.participation.contact";

  /** Read satisfaction evaluation rounds and their scores. */
  public static final String EVALUATION_READ = "planning.evaluation.read";

  /** Open evaluation rounds and enter the deputies' votes. */
  public static final String EVALUATION_MANAGE = "planning.evaluation.manage";

  /** Publish an evaluation round's results on the public page. */
  public static final String EVALUATION_PUBLISH = "planning.evaluation.publish";

  /** Working days a unit has to answer a public opinion (counted on the kernel's calendar). */
  public static final String OPINION_DAYS = "opinion.answer-working-days";

  // --- workbook, publication and committee report ---

  /** Generate the report on a plan's execution to the People's Congress (standing) committee. */
  public static final String PLAN_REPORT = "planning.plan.report";

  /** Share of a task's time after which its light turns yellow, in per cent. */
  public static final String WARN_AT_PERCENT = "task.warn-at-percent";

  /** Working days an immediate task gets unless its request says otherwise. */
  public static final String IMMEDIATE_DAYS = "immediate.deadline-working-days";

  /** The unit that leads an immediate task when the request names none (a unit code). */
  public static final String IMMEDIATE_DEFAULT_UNIT = "immediate.default-unit";

  /**
   * The unit that decides delays and close-out of immediate tasks (a unit code); blank: the unit
   * above the lead unit.
   */
  public static final String IMMEDIATE_ISSUING_UNIT = "immediate.issuing-unit";

  /** The regional calendar immediate tasks' deadlines are counted in (blank: national). */
  public static final String CALENDAR_REGION = "deadline.calendar-region";

  /** A task was assigned to the unit (directly or by decomposition). */
  public static final String NOTICE_TASK_ASSIGNED = "planning.task-assigned";

  /** A plan waits for review or publication, or was sent back. */
  public static final String NOTICE_PLAN = "planning.plan-workflow";

  /** A delay or close-out request waits for the issuing unit's decision. */
  public static final String NOTICE_REQUEST = "planning.request-waiting";

  /** A delay or close-out request was decided (and the delay report to the issuing unit). */
  public static final String NOTICE_DECISION = "planning.request-decided";

  // the statutory cycle's oversight (reminders, overdue notices, who is late)

  /** A plan's statutory date is near, or passed without the plan published. */
  public static final String NOTICE_DEADLINE = "planning.plan-deadline";

  /** Days before a plan's statutory date on which its unit is reminded (a list, e.g. 14,3). */
  public static final String REMINDER_DAYS = "reminder.days-before";

  @Inject PlanningData data;

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String nameKey() {
    return "module.planning";
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public List<String> bundleBaseNames() {
    return List.of("cn.finegov.planning.messages");
  }

  /** Every permission of the module, in the order the roles screen lists them. */
  public static final List<String> PERMISSIONS =
      List.of(
          PLAN_READ,
          PLAN_EDIT,
          PLAN_APPROVE,
          PLAN_PUBLISH,
          TASK_READ,
          TASK_EDIT,
          TASK_ASSIGN,
          TASK_REPORT,
          TASK_APPROVE,
          TASK_IMMEDIATE,
          SETTINGS_MANAGE,
          PLAN_REPORT,
          PARTICIPATION_READ,
          PARTICIPATION_MANAGE,
          PARTICIPATION_HANDLE,
          PARTICIPATION_CONTACT,
          EVALUATION_READ,
          EVALUATION_MANAGE,
          EVALUATION_PUBLISH);

  @Override
  public List<PermissionDefinition> permissions() {
    List<PermissionDefinition> all = new ArrayList<>();
    for (String key : PERMISSIONS) {
      all.add(new PermissionDefinition(key, "permission." + key, Duty.BUSINESS));
    }
    return all;
  }

  /**
   * The built-in roles' share: leaders review, publish and decide; module administrators draft,
   * assign and keep the settings (the planning office); department handlers work on their units'
   * tasks; hotline operators raise immediate tasks; observers read.
   */
  @Override
  public Map<String, Set<String>> defaultGrants() {
    return withParticipationGrants(
        Map.of(
            Roles.LEADER,
            Set.of(PLAN_READ, TASK_READ, PLAN_APPROVE, PLAN_PUBLISH, TASK_APPROVE, PLAN_REPORT),
            Roles.MODULE_ADMIN,
            Set.of(PLAN_READ, TASK_READ, PLAN_EDIT, TASK_EDIT, TASK_ASSIGN, SETTINGS_MANAGE),
            Roles.DEPARTMENT_HANDLER,
            Set.of(PLAN_READ, TASK_READ, TASK_REPORT),
            Roles.HOTLINE_OPERATOR,
            Set.of(TASK_READ, TASK_IMMEDIATE),
            Roles.OBSERVER,
            Set.of(PLAN_READ, TASK_READ)));
  }

  /**
   * Participation and evaluation grants added to the built-in roles: the planning office (module
   * administrators) runs solicitations, records opinions, sees contacts and enters evaluation
   * votes; leaders read and publish evaluation results; department handlers evaluate the proposals
   * and answer the opinions assigned to their units; observers read.
   */
  private static Map<String, Set<String>> withParticipationGrants(Map<String, Set<String>> grants) {
    Map<String, Set<String>> extra =
        Map.of(
            Roles.LEADER,
            Set.of(PARTICIPATION_READ, EVALUATION_READ, EVALUATION_PUBLISH),
            Roles.MODULE_ADMIN,
            Set.of(
                PARTICIPATION_READ,
                PARTICIPATION_MANAGE,
                PARTICIPATION_HANDLE,
                PARTICIPATION_CONTACT,
                EVALUATION_READ,
                EVALUATION_MANAGE),
            Roles.DEPARTMENT_HANDLER,
            Set.of(PARTICIPATION_READ, PARTICIPATION_HANDLE),
            Roles.OBSERVER,
            Set.of(PARTICIPATION_READ, EVALUATION_READ));
    Map<String, Set<String>> all = new java.util.HashMap<>();
    grants.forEach((role, keys) -> all.put(role, new java.util.HashSet<>(keys)));
    extra.forEach(
        (role, keys) -> all.computeIfAbsent(role, r -> new java.util.HashSet<>()).addAll(keys));
    Map<String, Set<String>> result = new java.util.HashMap<>();
    all.forEach((role, keys) -> result.put(role, Set.copyOf(keys)));
    return Map.copyOf(result);
  }

  @Override
  public List<SettingDefinition> settings() {
    List<SettingDefinition> all = new ArrayList<>();
    for (PlanLevel level : PlanLevel.values()) {
      all.add(
          SettingDefinition.text(level.settingKey(), level.defaultDueDate())
              .managedBy(SETTINGS_MANAGE));
    }
    all.add(SettingDefinition.integer(WARN_AT_PERCENT, 80, 1, 99).managedBy(SETTINGS_MANAGE));
    all.add(SettingDefinition.integer(IMMEDIATE_DAYS, 5, 1, 60).managedBy(SETTINGS_MANAGE));
    all.add(SettingDefinition.text(IMMEDIATE_DEFAULT_UNIT, "").managedBy(SETTINGS_MANAGE));
    all.add(SettingDefinition.text(IMMEDIATE_ISSUING_UNIT, "").managedBy(SETTINGS_MANAGE));
    all.add(SettingDefinition.text(CALENDAR_REGION, "").managedBy(SETTINGS_MANAGE));
    for (PlanLevel level : PlanLevel.values()) {
      all.add(
          SettingDefinition.text(
                  CommitteeReportService.committeeSetting(level),
                  CommitteeReportService.defaultCommittee(level))
              .managedBy(SETTINGS_MANAGE));
    }
    all.add(SettingDefinition.integer(OPINION_DAYS, 15, 1, 60).managedBy(SETTINGS_MANAGE));
    // statutory reminders
    all.add(SettingDefinition.list(REMINDER_DAYS, "14,3").managedBy(SETTINGS_MANAGE));
    return all;
  }

  @Override
  public List<NotificationCategory> categories() {
    return List.of(
        NotificationCategory.inApp(NOTICE_TASK_ASSIGNED, "notification." + NOTICE_TASK_ASSIGNED),
        NotificationCategory.inApp(NOTICE_PLAN, "notification." + NOTICE_PLAN),
        NotificationCategory.inApp(NOTICE_REQUEST, "notification." + NOTICE_REQUEST),
        NotificationCategory.inApp(NOTICE_DECISION, "notification." + NOTICE_DECISION),
        // statutory reminders and overdue notices
        NotificationCategory.inApp(NOTICE_DEADLINE, "notification." + NOTICE_DEADLINE));
  }

  @Override
  public List<MenuEntry> menuEntries() {
    return List.of(
        // plans and tasks (a task's page and the tree are reached from them)
        new MenuEntry(
            "planning-plans",
            "menu.planning.plans",
            "/planning/plans.xhtml",
            "pi pi-briefcase",
            Set.of(PLAN_READ),
            10),
        new MenuEntry(
            "planning-tasks",
            "menu.planning.tasks",
            "/planning/tasks.xhtml",
            "pi pi-check-square",
            Set.of(TASK_READ),
            20),
        // the task-list import and the published plans with their exports and reports
        new MenuEntry(
            "planning-import",
            "menu.planning.import",
            "/planning/import.xhtml",
            "pi pi-file-import",
            Set.of(TASK_EDIT),
            80),
        new MenuEntry(
            "planning-publication",
            "menu.planning.publication",
            "/planning/publication.xhtml",
            "pi pi-book",
            Set.of(PLAN_READ),
            90),
        // who is late in the statutory cycle
        new MenuEntry(
            "planning-late",
            "menu.planning.late",
            "/planning/late.xhtml",
            "pi pi-clock",
            Set.of(PLAN_READ),
            95),
        // public participation (solicitations, opinions) and the satisfaction evaluation
        new MenuEntry(
            "planning-solicitations",
            "menu.planning.solicitations",
            "/planning/solicitations.xhtml",
            "pi pi-megaphone",
            Set.of(PARTICIPATION_READ),
            60),
        new MenuEntry(
            "planning-opinions",
            "menu.planning.opinions",
            "/planning/opinions.xhtml",
            "pi pi-comments",
            Set.of(PARTICIPATION_READ),
            65),
        new MenuEntry(
            "planning-evaluations",
            "menu.planning.evaluations",
            "/planning/evaluations.xhtml",
            "pi pi-star",
            Set.of(EVALUATION_READ),
            70));
  }

  // the "who is late" card
  @Override
  public List<DashboardWidget> dashboardWidgets() {
    return List.of(
        new DashboardWidget(
            "planning-late",
            "planning.widget.late.title",
            "/planning/widgets/late.xhtml",
            Set.of(PLAN_READ),
            60));
  }

  @Override
  public Optional<ModuleData> data() {
    return Optional.of(data);
  }

  @Override
  public Optional<ModuleSchema> schema() {
    return Optional.of(new ModuleSchema("db/migration/planning", "pln_"));
  }
}
