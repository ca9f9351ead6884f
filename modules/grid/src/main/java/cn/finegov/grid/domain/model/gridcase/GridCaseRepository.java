package cn.finegov.grid.domain.model.gridcase;

import cn.finegov.grid.domain.model.category.CategoryCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The cases. */
public interface GridCaseRepository {

  Optional<GridCase> find(CaseNumber number);

  /** The case a reporter's app sent with this client id before. */
  Optional<GridCase> findByClient(String reporter, String clientId);

  void add(GridCase gridCase);

  /**
   * Reserves the next {@code count} sequence numbers of a district and year at once (committed on
   * its own: numbers are unique and ascending) and returns the last of them.
   */
  long reserveSequence(String districtCode, int year, int count);

  /**
   * First reports of {@code category} in the box (cases not marked as a probable duplicate) that
   * were reported or closed since {@code since}: the candidates of the duplicate and recurrence
   * checks. Cases added or changed in this transaction are seen as they are now.
   */
  List<DuplicateRule.Candidate> nearby(
      CategoryCode category, GeoPoint.BoundingBox box, Instant since);

  /** A page of cases matching the filter within the reader's reach, most urgent first. */
  List<GridCase> search(CaseFilter filter, Reach reach, int first, int max);

  long count(CaseFilter filter, Reach reach);

  /**
   * How many cases match, counted up to {@code cap} + 1: a list only needs to know that there are
   * more than it will ever page through, and a full count of a million rows takes a second.
   */
  long countUpTo(CaseFilter filter, Reach reach, int cap);

  /**
   * A page of {@link #search} with {@link #countUpTo} of the same filter, found together where that
   * saves a query.
   */
  Found page(CaseFilter filter, Reach reach, int first, int max, int cap);

  /** A page of cases and how many match in all (up to the cap + 1). */
  record Found(long count, List<GridCase> items) {}

  /** How many cases within the reach were closed at or after {@code since}. */
  long countClosedSince(Instant since, Reach reach);

  /** The open cases within the reach per category, most first; at most {@code limit} categories. */
  List<CategoryCount> openByCategory(Reach reach, int limit);

  /** Open cases of one category. */
  record CategoryCount(CategoryCode category, long cases) {}

  /** Open cases whose stage deadline passed before {@code now} and was not announced yet. */
  List<GridCase> breachedUnannounced(Instant now, int max);

  /**
   * Whose cases a reader sees: those of the units in the reader's scope (by the place's unit or the
   * responsible unit), those in the grids the reader works in, and the reader's own reports.
   *
   * @param units codes of the units in the scope, or {@code null} when it covers the whole tree
   */
  record Reach(Set<String> units, List<String> grids, String reporter) {

    public boolean everything() {
      return units == null;
    }
  }
}
