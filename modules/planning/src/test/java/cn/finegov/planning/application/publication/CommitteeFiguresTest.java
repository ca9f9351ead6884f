package cn.finegov.planning.application.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.planning.application.publication.CommitteeFigures.Delay;
import cn.finegov.planning.application.publication.CommitteeFigures.TaskFacts;
import cn.finegov.planning.domain.model.task.TaskState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures of the committee report. */
class CommitteeFiguresTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  private static TaskFacts task(String number, TaskState state, LocalDate deadline, Delay... d) {
    return new TaskFacts(number, "任务" + number, "滨江区", deadline, state, 50, List.of(d));
  }

  @Test
  void countsRateOverdueDelaysAndCloseOut() {
    Delay approved =
        new Delay("雨季施工受阻", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31), "APPROVED");
    CommitteeFigures figures =
        CommitteeFigures.of(
            List.of(
                task("1", TaskState.IN_PROGRESS, TODAY.minusDays(1)),
                task("2", TaskState.IN_PROGRESS, TODAY),
                task("3", TaskState.DELAY_REQUESTED, TODAY.minusDays(5), approved),
                task("4", TaskState.COMPLETED, TODAY.minusDays(30)),
                task("5", TaskState.CLOSE_OUT_REQUESTED, TODAY.minusDays(30)),
                task("6", TaskState.CLOSED_OUT, TODAY.minusDays(30), approved),
                task("7", TaskState.ASSIGNED, null)),
            TODAY);

    assertThat(figures.total()).isEqualTo(7);
    assertThat(figures.byState())
        .containsEntry(TaskState.IN_PROGRESS, 2)
        .containsEntry(TaskState.DRAFT, 0)
        .containsEntry(TaskState.CLOSED_OUT, 1);
    assertThat(figures.completionRate()).hasToString("42.9");
    assertThat(figures.overdue())
        .as("running with the deadline passed; the deadline day is in time")
        .extracting(TaskFacts::number)
        .containsExactly("1", "3");
    assertThat(figures.delayed()).extracting(TaskFacts::number).containsExactly("3", "6");
    assertThat(figures.closeOutRequested()).isEqualTo(1);
    assertThat(figures.closedOut()).isEqualTo(1);
  }

  @Test
  void aPlanWithoutTasksHasARateOfZero() {
    CommitteeFigures figures = CommitteeFigures.of(List.of(), TODAY);
    assertThat(figures.completionRate()).hasToString("0.0");
    assertThat(figures.overdue()).isEmpty();
  }
}
