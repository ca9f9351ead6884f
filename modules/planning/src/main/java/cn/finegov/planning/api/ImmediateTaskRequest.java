package cn.finegov.planning.api;

import cn.finegov.kernel.api.lineage.EntityRef;

/**
 * A sudden public issue to become an immediate task (即时性精细治理任务).
 *
 * @param source where it came from: {@code HOTLINE_12345}, {@code GOVERNMENT_PORTAL}, {@code
 *     MOBILE_APP}, {@code MEDIA}, {@code DEPUTY_LIAISON_STATION}, {@code CPPCC_STUDIO}, {@code
 *     OTHER}
 * @param externalReference the source's own reference (a ticket number): the same source and
 *     reference again returns the first task
 * @param title a short title; blank: the start of the problem text
 * @param problem what the problem is (no personal data of the caller)
 * @param leadUnitCode the unit that leads it; {@code null}: the module setting {@code
 *     immediate.default-unit}
 * @param workingDays the deadline in working days from today; {@code null}: the module setting
 *     {@code immediate.deadline-working-days}
 * @param origin the record it came from, for the lineage link ({@code TASK_FROM_TICKET}); {@code
 *     null}: a hotline ticket of that number for {@code HOTLINE_12345}, none for other sources
 */
public record ImmediateTaskRequest(
    String source,
    String externalReference,
    String title,
    String problem,
    String leadUnitCode,
    Integer workingDays,
    EntityRef origin) {

  /** A request with the defaults for lead unit, deadline and origin. */
  public static ImmediateTaskRequest of(
      String source, String externalReference, String title, String problem) {
    return new ImmediateTaskRequest(source, externalReference, title, problem, null, null, null);
  }
}
