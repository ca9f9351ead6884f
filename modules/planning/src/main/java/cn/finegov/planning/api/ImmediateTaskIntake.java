package cn.finegov.planning.api;

import java.util.Optional;
import java.util.Set;

/**
 * Immediate tasks (即时性任务) from other modules and integration flows. Calls run as the current actor,
 * who needs {@link #PERMISSIONS} and the lead unit in his scope (system flows have the whole tree).
 * An immediate task belongs to no plan: it is assigned to its lead unit at once, its deadline
 * counted in working days on the kernel's calendar (and recomputed when the calendar changes), and
 * is tracked, delayed and closed out like any task.
 */
public interface ImmediateTaskIntake {

  /** What a flow calling this needs: create immediate tasks and read them. */
  Set<String> PERMISSIONS = Set.of("planning.task.immediate", "planning.task.read");

  /** The lineage relation from the originating record (a hotline ticket) to the task. */
  String RELATION = "TASK_FROM_TICKET";

  /**
   * Creates an immediate task; the same source and external reference again return the first task
   * ({@link TaskRef#created()} {@code false}) and change nothing.
   *
   * @throws cn.finegov.kernel.api.error.ValidationException unknown source, no reference, no text,
   *     no or an unknown lead unit, a deadline outside 1..60 working days
   */
  TaskRef create(ImmediateTaskRequest request);

  /** The task made for a source's reference, if there is one. */
  Optional<TaskRef> find(String source, String externalReference);

  /** The task with this number, if it exists. */
  Optional<TaskRef> find(String taskNumber);
}
