package cn.finegov.planning.application.oversight;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.PlanningSettings;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The statutory cycle's oversight: the "who is late" list within the reader's reach, and the
 * reminder run (daily by {@link ReminderJob}, or now by a planning administrator), which sends each
 * unit's reminders and overdue notices once, records them, and is audited.
 */
@ApplicationScoped
@Transactional
public class OversightService {

  private static final Logger LOG = Logger.getLogger(OversightService.class.getName());

  /** Audit entity type of reminder runs. */
  public static final String AUDIT_TYPE = "PlanningReminderRun";

  /** The trigger of the timer's runs, which are audited only when they sent something. */
  public static final String TIMER = "timer";

  /** Years a "who is late" list may be asked for around today. */
  static final int YEAR_RANGE = 5;

  @Inject OversightQueries queries;
  @Inject OrganisationDirectory directory;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject PlanningSettings planning;
  @Inject ModuleSettings settings;
  @Inject OversightNotices notices;
  @Inject Clock clock;

  /** Today in the suite's zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), SuiteZone.get());
  }

  /** The plan year whose cycle runs today (the default of the list). */
  public int currentCycleYear() {
    actors.requirePermission(PlanningModule.PLAN_READ);
    return cycle().cycleYear(today());
  }

  /**
   * The "who is late" list of a plan year on a day, within the reader's reach.
   *
   * @param planYear the plan year; {@code null}: the cycle running on {@code on}
   * @param on the day; {@code null}: today
   * @param lateOnly only the units late with their plan or a task
   */
  public LateReport late(Integer planYear, LocalDate on, boolean lateOnly) {
    Actor actor = actors.requirePermission(PlanningModule.PLAN_READ);
    LocalDate day = on == null ? today() : on;
    StatutoryCycle cycle = cycle();
    int year = planYear == null ? cycle.cycleYear(day) : planYear;
    if (Math.abs(year - day.getYear()) > YEAR_RANGE) {
      throw ValidationException.of("year", "planning.oversight.year-invalid", String.valueOf(year));
    }
    List<UnitSummary> units = directory.within(actor.scope());
    Reach reach =
        actor.scope().everything()
            ? new Reach(List.of(), true)
            : new Reach(actor.scope().paths(), false);
    List<LateRow> rows =
        LateUnits.compute(
            units,
            year,
            cycle,
            queries.planStates(year),
            queries.runningTasks(reach),
            day,
            planning.warnAtPercent());
    Map<String, LocalDate> dueDates = new LinkedHashMap<>();
    for (PlanLevel level : PlanLevel.values()) {
      dueDates.put(level.name(), cycle.dueDate(level, year));
    }
    int latePlans = (int) rows.stream().filter(LateRow::planLate).count();
    int overdue = rows.stream().mapToInt(LateRow::overdueTasks).sum();
    return new LateReport(
        year,
        day,
        dueDates,
        rows.size(),
        latePlans,
        overdue,
        lateOnly ? LateUnits.lateOnly(rows) : rows);
  }

  /**
   * Sends the statutory notices due on a day to the units in the actor's reach (the timer runs for
   * the whole tree), each once per unit, due date and kind, and audits the run.
   *
   * @param on the day; {@code null}: today
   * @param trigger who started it ({@code timer}, {@code manual})
   */
  public RunResult runReminders(LocalDate on, String trigger) {
    Actor actor = actors.requirePermission(PlanningModule.SETTINGS_MANAGE);
    LocalDate day = on == null ? today() : on;
    StatutoryCycle cycle = cycle();
    int year = cycle.cycleYear(day);
    List<UnitSummary> units = directory.within(actor.scope());
    Set<LocalDate> dueDates =
        java.util.Arrays.stream(PlanLevel.values())
            .map(level -> cycle.dueDate(level, year))
            .collect(Collectors.toSet());
    List<Reminder> selected =
        ReminderSelection.select(
            units, cycle, queries.planStates(year), queries.sent(dueDates), day);
    Instant now = clock.instant();
    List<RunResult.Line> lines = new ArrayList<>();
    int reminders = 0;
    int overdue = 0;
    for (Reminder reminder : selected) {
      if (!queries.recordSent(reminder, now)) {
        continue;
      }
      notices.send(reminder);
      lines.add(
          new RunResult.Line(reminder.unitCode(), reminder.dueDate(), reminder.kind().code()));
      if (reminder.kind().overdue()) {
        overdue++;
      } else {
        reminders++;
      }
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("on", day.toString());
    after.put("planYear", year);
    after.put("trigger", trigger);
    after.put("reminders", reminders);
    after.put("overdue", overdue);
    if (!TIMER.equals(trigger) || reminders + overdue > 0) {
      audit.record(AUDIT_TYPE, day.toString(), "RUN", Map.of(), after);
    }
    int sentReminders = reminders;
    int sentOverdue = overdue;
    LOG.log(
        TIMER.equals(trigger) && reminders + overdue == 0 ? Level.FINE : Level.INFO,
        () ->
            "Planning reminders on "
                + day
                + " (plan year "
                + year
                + ", "
                + trigger
                + "): "
                + sentReminders
                + " reminders, "
                + sentOverdue
                + " overdue notices");
    return new RunResult(day, year, reminders, overdue, lines);
  }

  /** The statutory dates and reminder days as configured now. */
  StatutoryCycle cycle() {
    return new StatutoryCycle(planning::dueDate, reminderDays());
  }

  private List<Integer> reminderDays() {
    List<Integer> days = new ArrayList<>();
    for (String item : settings.getList(PlanningModule.KEY, PlanningModule.REMINDER_DAYS)) {
      try {
        int value = Integer.parseInt(item.strip());
        if (value > 0 && value <= 366) {
          days.add(value);
        }
      } catch (NumberFormatException e) {
        LOG.warning(
            () ->
                "Setting planning."
                    + PlanningModule.REMINDER_DAYS
                    + " has a value that is no number of days: '"
                    + item
                    + "'; ignored");
      }
    }
    return days;
  }

  /** Whose plans are late: for the dashboard card, the late units and overdue tasks in reach. */
  public Map<String, Integer> summary() {
    LateReport report = late(null, null, true);
    Map<String, Integer> summary = new LinkedHashMap<>();
    summary.put("latePlans", report.latePlans());
    summary.put("lateUnits", report.rows().size());
    summary.put("overdueTasks", report.overdueTasks());
    summary.put("planYear", report.planYear());
    return summary;
  }
}
