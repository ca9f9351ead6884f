package cn.finegov.grid.domain.model.gridcase;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What an inbox or search asks for; {@code null} or empty parts do not filter.
 *
 * @param states states wanted
 * @param category qualified category code, e.g. {@code E0101}
 * @param gridPrefix grid code or the code of a street or community (cases in grids below it)
 * @param unitCode responsible unit
 * @param overdue only cases past their stage deadline at {@code now}
 * @param supervised only cases under supervision (督办)
 * @param numberLike part of a case number
 * @param tasks when not empty, only cases waiting for one of these duties: each duty with the
 *     unit-tree paths where the reader holds it (the reader's inbox)
 * @param now the moment "overdue" is measured at
 */
public record CaseFilter(
    Set<CaseState> states,
    String category,
    String gridPrefix,
    String unitCode,
    boolean overdue,
    boolean supervised,
    String numberLike,
    Map<CaseDuty, Set<CaseState>> tasks,
    Instant now) {

  public CaseFilter {
    states = states == null ? Set.of() : Set.copyOf(states);
    tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
    now = now == null ? Instant.now() : now;
  }

  /** No filter. */
  public static CaseFilter all() {
    return new CaseFilter(null, null, null, null, false, false, null, null, null);
  }
}
