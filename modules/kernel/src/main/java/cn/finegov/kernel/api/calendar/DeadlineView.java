package cn.finegov.kernel.api.calendar;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/**
 * A registered deadline.
 *
 * @param id its identifier
 * @param owner the record it belongs to
 * @param kind what it is for
 * @param region the regional calendar, {@code null} for the national one
 * @param rule how it is counted
 * @param startDate the start date
 * @param startTime the start time of working-time rules, else {@code null}
 * @param dueDate the due date (a working day)
 * @param dueTime the due time of working-time rules, else {@code null}
 * @param calendarVersion the calendar version that computed the due date
 * @param provisional whether it reaches a year without an official arrangement
 * @param explanationZh how it was computed, in Chinese
 * @param explanationEn the same in English
 * @param status open or closed
 * @param createdAt when it was registered
 * @param createdBy who registered it
 * @param recomputedAt when a calendar change last moved it, or {@code null}
 * @param closedAt when it was closed, or {@code null}
 * @param closedBy who closed it, or {@code null}
 */
public record DeadlineView(
    long id,
    DeadlineOwner owner,
    String kind,
    String region,
    DeadlineRule rule,
    LocalDate startDate,
    LocalTime startTime,
    LocalDate dueDate,
    LocalTime dueTime,
    long calendarVersion,
    boolean provisional,
    String explanationZh,
    String explanationEn,
    DeadlineStatus status,
    Instant createdAt,
    String createdBy,
    Instant recomputedAt,
    Instant closedAt,
    String closedBy)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The explanation in the reader's language. */
  public String explanation(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? explanationEn : explanationZh;
  }

  public boolean open() {
    return status == DeadlineStatus.OPEN;
  }
}
