package cn.finegov.planning.domain.model.task;

import cn.finegov.planning.Entities;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Tasks for the domain tests, brought into any state by legal steps. */
final class Tasks {

  static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);
  static final UnitRef CITY = new UnitRef(1, "990100", "/1/");
  static final UnitRef DEPARTMENT = new UnitRef(2, "990100-CG", "/1/2/");
  static final UnitRef HOUSING = new UnitRef(3, "990100-ZJ", "/1/3/");
  static final UnitRef DISTRICT = new UnitRef(7, "990102", "/1/7/");

  private static long ids = 100;

  private Tasks() {}

  static GovernanceTask.Definition definition(LocalDate deadline, int weight) {
    return new GovernanceTask.Definition(
        " 背街小巷整治 ",
        "垃圾堆放",
        "十无标准",
        "一巷一策",
        deadline,
        TaskSource.HOTLINE_12345,
        TaskPriority.HIGH,
        true,
        weight,
        DEPARTMENT,
        List.of(HOUSING, HOUSING, DEPARTMENT));
  }

  static GovernanceTask draft() {
    return draft(null);
  }

  static GovernanceTask draft(GovernanceTask parent) {
    long id = ids++;
    GovernanceTask task =
        GovernanceTask.draft(
            TaskNumber.of(2026, id),
            new GovernanceTask.Placement(10L, CITY, CITY, parent),
            definition(DEADLINE, 1),
            null,
            false,
            "planner",
            NOW);
    return Entities.withId(task, id);
  }

  /** A task in {@code state}; a task asking for a delay has its request in {@link #pending}. */
  static GovernanceTask in(TaskState state) {
    GovernanceTask task = draft();
    pending = null;
    if (state == TaskState.DRAFT) {
      return task;
    }
    task.assign(TODAY, NOW);
    if (state == TaskState.ASSIGNED) {
      return task;
    }
    task.start(NOW);
    if (state == TaskState.IN_PROGRESS) {
      return task;
    }
    if (state == TaskState.DELAY_REQUESTED) {
      pending = task.requestDelay("拆迁未完成", DEADLINE.plusMonths(1), "handler", NOW);
      return task;
    }
    task.complete(true, NOW);
    if (state == TaskState.COMPLETED) {
      return task;
    }
    task.requestCloseOut("全部完成", NOW);
    if (state == TaskState.CLOSE_OUT_REQUESTED) {
      return task;
    }
    task.approveCloseOut(null, NOW);
    return task;
  }

  static DelayRequest pending;
}
