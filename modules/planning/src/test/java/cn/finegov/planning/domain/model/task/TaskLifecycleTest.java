package cn.finegov.planning.domain.model.task;

import static cn.finegov.planning.domain.model.task.Tasks.DEADLINE;
import static cn.finegov.planning.domain.model.task.Tasks.NOW;
import static cn.finegov.planning.domain.model.task.Tasks.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every step of the task lifecycle from every state, through the aggregate's methods: the legal
 * ones lead where {@link TaskAction} says, the illegal ones are refused with {@code
 * planning.task.transition} (409) and change nothing.
 */
class TaskLifecycleTest {

  private static final Map<TaskState, Map<TaskAction, TaskState>> LEGAL =
      new EnumMap<>(TaskState.class);

  static {
    for (TaskState state : TaskState.values()) {
      LEGAL.put(state, new EnumMap<>(TaskAction.class));
    }
    LEGAL.get(TaskState.DRAFT).put(TaskAction.ASSIGN, TaskState.ASSIGNED);
    LEGAL.get(TaskState.ASSIGNED).put(TaskAction.START, TaskState.IN_PROGRESS);
    LEGAL.get(TaskState.IN_PROGRESS).put(TaskAction.REQUEST_DELAY, TaskState.DELAY_REQUESTED);
    LEGAL.get(TaskState.IN_PROGRESS).put(TaskAction.COMPLETE, TaskState.COMPLETED);
    LEGAL.get(TaskState.DELAY_REQUESTED).put(TaskAction.APPROVE_DELAY, TaskState.IN_PROGRESS);
    LEGAL.get(TaskState.DELAY_REQUESTED).put(TaskAction.REJECT_DELAY, TaskState.IN_PROGRESS);
    LEGAL.get(TaskState.COMPLETED).put(TaskAction.REQUEST_CLOSE_OUT, TaskState.CLOSE_OUT_REQUESTED);
    LEGAL
        .get(TaskState.CLOSE_OUT_REQUESTED)
        .put(TaskAction.APPROVE_CLOSE_OUT, TaskState.CLOSED_OUT);
    LEGAL
        .get(TaskState.CLOSE_OUT_REQUESTED)
        .put(TaskAction.REJECT_CLOSE_OUT, TaskState.IN_PROGRESS);
  }

  @ParameterizedTest
  @EnumSource(TaskState.class)
  void everyStepFromEveryState(TaskState state) {
    for (TaskAction action : TaskAction.values()) {
      GovernanceTask task = Tasks.in(state);
      TaskState expected = LEGAL.get(state).get(action);
      assertThat(action.allowedFrom(state))
          .as("%s from %s", action, state)
          .isEqualTo(expected != null);
      if (expected == null) {
        assertThatThrownBy(() -> apply(task, action))
            .as("%s from %s", action, state)
            .isInstanceOfSatisfying(
                DomainException.class,
                e -> {
                  assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                  assertThat(e.messageKey()).isEqualTo("planning.task.transition");
                });
        assertThat(task.state()).isEqualTo(state);
      } else {
        apply(task, action);
        assertThat(task.state()).as("%s from %s", action, state).isEqualTo(expected);
      }
    }
    assertThat(TaskAction.allowedIn(state))
        .containsExactlyInAnyOrderElementsOf(LEGAL.get(state).keySet());
  }

  @ParameterizedTest
  @EnumSource(TaskAction.class)
  void eachStepNamesItsDutyAndWhetherAReasonIsNeeded(TaskAction action) {
    TaskDuty expected =
        switch (action) {
          case ASSIGN -> TaskDuty.ASSIGN;
          case START, REQUEST_DELAY, COMPLETE, REQUEST_CLOSE_OUT -> TaskDuty.REPORT;
          case APPROVE_DELAY, REJECT_DELAY, APPROVE_CLOSE_OUT, REJECT_CLOSE_OUT -> TaskDuty.APPROVE;
        };
    assertThat(action.duty()).isEqualTo(expected);
    assertThat(action.reasonRequired())
        .isEqualTo(
            action == TaskAction.REQUEST_DELAY
                || action == TaskAction.REJECT_DELAY
                || action == TaskAction.REQUEST_CLOSE_OUT
                || action == TaskAction.REJECT_CLOSE_OUT);
  }

  private static void apply(GovernanceTask task, TaskAction action) {
    DelayRequest request =
        Tasks.pending != null && Tasks.pending.task() == task
            ? Tasks.pending
            : new DelayRequest(task, "理由", DEADLINE.plusDays(9), DEADLINE, "h", NOW);
    switch (action) {
      case ASSIGN -> task.assign(TODAY, NOW);
      case START -> task.start(NOW);
      case REQUEST_DELAY -> task.requestDelay("理由", DEADLINE.plusDays(30), "h", NOW);
      case APPROVE_DELAY -> task.approveDelay(request, null, "leader", NOW);
      case REJECT_DELAY -> task.rejectDelay(request, "理由不足", "leader", NOW);
      case COMPLETE -> task.complete(true, NOW);
      case REQUEST_CLOSE_OUT -> task.requestCloseOut("总结", NOW);
      case APPROVE_CLOSE_OUT -> task.approveCloseOut(null, NOW);
      case REJECT_CLOSE_OUT -> task.rejectCloseOut("还有两条小巷未整治", NOW);
    }
  }
}
