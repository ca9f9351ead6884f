package cn.finegov.planning.application.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published plan as the public sees it: what the plan says and its task list with lead units,
 * deadlines and progress. Carries no personal data (no leaders, handlers, phone numbers, no
 * internal notes).
 *
 * @param levelKey bundle key of the level's name
 * @param progress the weighted progress of its tasks in per cent
 */
public record PublishedPlan(
    long id,
    int year,
    String levelKey,
    String unitName,
    String title,
    String problems,
    String targets,
    String safeguards,
    Instant publishedAt,
    BigDecimal progress,
    List<Task> tasks) {

  /**
   * A task of a published plan.
   *
   * @param stateKey bundle key of its state's name
   * @param cooperatingUnits names of the co-operating units
   */
  public record Task(
      String number,
      String title,
      String target,
      String measures,
      String leadUnit,
      List<String> cooperatingUnits,
      LocalDate deadline,
      String stateKey,
      int progress,
      boolean livelihood) {}
}
