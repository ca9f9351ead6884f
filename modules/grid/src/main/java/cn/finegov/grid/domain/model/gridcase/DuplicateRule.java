package cn.finegov.grid.domain.model.gridcase;

import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.kernel.api.error.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * When a new report is a probable duplicate: an open case of the same minor category reported
 * within {@code radiusMetres} and {@code window} before it (defaults 50 m, 7 days; module
 * settings). When a closed case of the same category and place was closed within {@code
 * recurrenceWindow}, the new one is a recurrence (重复发案).
 *
 * <p>The candidates are first reports: a case marked as a probable duplicate is never compared
 * again ({@link GridCaseRepository#nearby}), so that every duplicate points to the first report of
 * its problem, not along a chain of duplicates, and a spot reported a hundred times is compared
 * with one case, not a hundred.
 */
public record DuplicateRule(double radiusMetres, Duration window, Duration recurrenceWindow) {

  public static final DuplicateRule DEFAULT =
      new DuplicateRule(50, Duration.ofDays(7), Duration.ofDays(30));

  public DuplicateRule {
    if (!(radiusMetres > 0 && radiusMetres <= 5_000)) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.duplicate.radius", radiusMetres);
    }
    if (window == null || window.isNegative() || window.isZero() || window.toDays() > 365) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.duplicate.window", window);
    }
    if (recurrenceWindow == null
        || recurrenceWindow.isNegative()
        || recurrenceWindow.toDays() > 3_650) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.duplicate.recurrence", recurrenceWindow);
    }
  }

  /** What the rule compares of a case. */
  public record Candidate(
      String caseNumber,
      CategoryCode category,
      GeoPoint place,
      Instant reportedAt,
      CaseState state,
      Instant closedAt) {}

  /** The nearest open candidate the new report duplicates (ties: the earliest reported), if any. */
  public Optional<Candidate> duplicateOf(
      CategoryCode category, GeoPoint place, Instant reportedAt, Collection<Candidate> nearby) {
    Instant since = reportedAt.minus(window);
    return nearby.stream()
        .filter(c -> c.state().open() && c.category().equals(category))
        .filter(c -> !c.reportedAt().isBefore(since) && !c.reportedAt().isAfter(reportedAt))
        .filter(c -> c.place().distanceTo(place) <= radiusMetres)
        .min(
            Comparator.comparingDouble((Candidate c) -> c.place().distanceTo(place))
                .thenComparing(Candidate::reportedAt));
  }

  /** The most recently closed candidate the new report recurs after, if any. */
  public Optional<Candidate> recurrenceOf(
      CategoryCode category, GeoPoint place, Instant reportedAt, Collection<Candidate> nearby) {
    Instant since = reportedAt.minus(recurrenceWindow);
    return nearby.stream()
        .filter(c -> c.state() == CaseState.CLOSED && c.closedAt() != null)
        .filter(c -> c.category().equals(category))
        .filter(c -> !c.closedAt().isBefore(since) && !c.closedAt().isAfter(reportedAt))
        .filter(c -> c.place().distanceTo(place) <= radiusMetres)
        .max(Comparator.comparing(Candidate::closedAt));
  }
}
