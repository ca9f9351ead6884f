package cn.finegov.planning.domain.model.plan;

import java.util.List;
import java.util.Optional;

/** The annual plans. */
public interface PlanRepository {

  Optional<AnnualPlan> find(long id);

  /** The plan of a unit for a year (there is at most one). */
  Optional<AnnualPlan> findOf(long unitId, int year);

  void add(AnnualPlan plan);

  void remove(AnnualPlan plan);

  /** Whether plans of units below name this plan as theirs. */
  boolean hasChildPlans(long planId);

  /** Plans matching the filter whose unit lies within the reach, by year (newest) and unit path. */
  List<AnnualPlan> search(PlanFilter filter, Reach reach, int first, int max);

  long count(PlanFilter filter, Reach reach);

  /**
   * Whose records a reader sees: the units below (and including) the units with these paths.
   *
   * @param paths materialised unit paths ({@code /1/5/}); ignored when {@code everything}
   * @param everything whether the reader sees the whole tree
   */
  record Reach(List<String> paths, boolean everything) {
    public Reach {
      paths = List.copyOf(paths);
    }
  }
}
