package cn.finegov.planning.application;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.StatutoryDueDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/** The module's settings as the services use them. */
@ApplicationScoped
public class PlanningSettings {

  private static final Logger LOG = Logger.getLogger(PlanningSettings.class.getName());

  @Inject ModuleSettings settings;

  /**
   * The statutory date of a level's plan for a year. An unusable setting value is logged and the
   * shipped date of the level used instead, so that plans stay readable.
   */
  public LocalDate dueDate(PlanLevel level, int year) {
    String value = settings.get(PlanningModule.KEY, level.settingKey());
    try {
      return StatutoryDueDate.parse(value).dueFor(year);
    } catch (DomainException e) {
      LOG.warning(
          () ->
              "Setting planning."
                  + level.settingKey()
                  + " is not [offset/]MM-DD: '"
                  + value
                  + "'; using "
                  + level.defaultDueDate());
      return StatutoryDueDate.parse(level.defaultDueDate()).dueFor(year);
    }
  }

  /** The share of the time after which a task's light turns yellow, in per cent. */
  public int warnAtPercent() {
    return settings.getInt(PlanningModule.KEY, PlanningModule.WARN_AT_PERCENT);
  }

  /** Working days an immediate task gets by default. */
  public int immediateDays() {
    return settings.getInt(PlanningModule.KEY, PlanningModule.IMMEDIATE_DAYS);
  }

  /** The code of the unit leading immediate tasks that name none, or {@code null}. */
  public String immediateDefaultUnit() {
    return blankToNull(settings.get(PlanningModule.KEY, PlanningModule.IMMEDIATE_DEFAULT_UNIT));
  }

  /** The code of the unit deciding on immediate tasks, or {@code null} (the lead's parent). */
  public String immediateIssuingUnit() {
    return blankToNull(settings.get(PlanningModule.KEY, PlanningModule.IMMEDIATE_ISSUING_UNIT));
  }

  /** The regional calendar of immediate tasks' deadlines, or {@code null} for the national one. */
  public String calendarRegion() {
    return blankToNull(settings.get(PlanningModule.KEY, PlanningModule.CALENDAR_REGION));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
