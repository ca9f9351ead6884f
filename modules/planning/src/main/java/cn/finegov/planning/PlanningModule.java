package cn.finegov.planning;

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
 * execution and close-out, immediate tasks. Its permissions, default grants, settings and notices
 * are declared here. Its screens come with the next slice: until then it has no menu entries.
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
          SETTINGS_MANAGE);

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
    return Map.of(
        Roles.LEADER,
        Set.of(PLAN_READ, TASK_READ, PLAN_APPROVE, PLAN_PUBLISH, TASK_APPROVE),
        Roles.MODULE_ADMIN,
        Set.of(PLAN_READ, TASK_READ, PLAN_EDIT, TASK_EDIT, TASK_ASSIGN, SETTINGS_MANAGE),
        Roles.DEPARTMENT_HANDLER,
        Set.of(PLAN_READ, TASK_READ, TASK_REPORT),
        Roles.HOTLINE_OPERATOR,
        Set.of(TASK_READ, TASK_IMMEDIATE),
        Roles.OBSERVER,
        Set.of(PLAN_READ, TASK_READ));
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
    return all;
  }

  @Override
  public List<NotificationCategory> categories() {
    return List.of(
        NotificationCategory.inApp(NOTICE_TASK_ASSIGNED, "notification." + NOTICE_TASK_ASSIGNED),
        NotificationCategory.inApp(NOTICE_PLAN, "notification." + NOTICE_PLAN),
        NotificationCategory.inApp(NOTICE_REQUEST, "notification." + NOTICE_REQUEST),
        NotificationCategory.inApp(NOTICE_DECISION, "notification." + NOTICE_DECISION));
  }

  @Override
  public List<MenuEntry> menuEntries() {
    return List.of();
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
