package cn.finegov.planning.domain.model.task;

import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The governance tasks, their progress reports and delay requests. */
public interface TaskRepository {

  Optional<GovernanceTask> find(TaskNumber number);

  /** The immediate task made for an external reference of a source (a ticket number). */
  Optional<GovernanceTask> findByExternal(TaskSource source, String externalRef);

  /** Tasks by their numbers, in no particular order (unknown numbers are skipped). */
  List<GovernanceTask> findAll(Collection<String> numbers);

  void add(GovernanceTask task);

  void remove(GovernanceTask task);

  /** The next sequence number of a year, taken at once (numbers may have gaps, never repeats). */
  long nextSequence(int year);

  /** The tasks of a plan, by number. */
  List<GovernanceTask> ofPlan(long planId);

  /** How many tasks a plan has. */
  long countOfPlan(long planId);

  /** The direct children of a task, by number. */
  List<GovernanceTask> children(long taskId);

  /** Whether a task has children. */
  boolean hasChildren(long taskId);

  /** Which of these tasks have children (one query for a level of the tree page). */
  default Set<Long> withChildren(Collection<Long> taskIds) {
    Set<Long> parents = new HashSet<>();
    for (Long id : taskIds) {
      if (hasChildren(id)) {
        parents.add(id);
      }
    }
    return parents;
  }

  /** Every task below a task (its tree path's descendants), by depth and number. */
  List<GovernanceTask> descendants(GovernanceTask task, int max);

  /** A page of tasks matching the filter within the reach, by deadline and number. */
  List<GovernanceTask> search(TaskFilter filter, Reach reach, int first, int max);

  long count(TaskFilter filter, Reach reach);

  void addReport(ProgressReport report);

  /** The progress reports of a task, newest first. */
  List<ProgressReport> reports(GovernanceTask task);

  void addDelayRequest(DelayRequest request);

  Optional<DelayRequest> findDelayRequest(long id);

  /** The delay requests of a task, newest first. */
  List<DelayRequest> delayRequests(GovernanceTask task);
}
