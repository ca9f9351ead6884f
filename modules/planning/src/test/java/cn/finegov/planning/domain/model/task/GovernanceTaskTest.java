package cn.finegov.planning.domain.model.task;

import static cn.finegov.planning.domain.model.task.Tasks.DEADLINE;
import static cn.finegov.planning.domain.model.task.Tasks.NOW;
import static cn.finegov.planning.domain.model.task.Tasks.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a task guards beyond its lifecycle. */
class GovernanceTaskTest {

  @Test
  void aNewTaskIsADraftWithItsUnitsCleanedUp() {
    GovernanceTask task = Tasks.draft();

    assertThat(task.state()).isEqualTo(TaskState.DRAFT);
    assertThat(task.title()).isEqualTo("背街小巷整治");
    assertThat(task.lead()).isEqualTo(Tasks.DEPARTMENT);
    assertThat(task.cooperatingUnits())
        .as("no repeats, not the lead")
        .containsExactly(Tasks.HOUSING);
    assertThat(task.progress()).isZero();
    assertThat(task.treePath()).isEqualTo("/" + task.number().value() + "/");
    assertThat(task.depth()).isZero();
    assertThat(task.ancestorNumbers()).isEmpty();
  }

  @Test
  void childrenCarryTheTreePathOfTheirAncestors() {
    GovernanceTask top = Tasks.draft();
    GovernanceTask middle = Tasks.draft(top);
    GovernanceTask bottom = Tasks.draft(middle);

    assertThat(bottom.depth()).isEqualTo(2);
    assertThat(bottom.parentId()).contains(middle.id());
    assertThat(bottom.ancestorNumbers())
        .containsExactly(top.number().value(), middle.number().value());
    assertThat(bottom.treePath()).startsWith(top.treePath()).startsWith(middle.treePath());
  }

  @Test
  void aTaskNeedsATitleALeadUnitAndAWeightInRange() {
    ValidationException invalid =
        catchValidation(
            () ->
                GovernanceTask.draft(
                    TaskNumber.of(2026, 1),
                    new GovernanceTask.Placement(1L, Tasks.CITY, Tasks.CITY, null),
                    new GovernanceTask.Definition(
                        " ", null, null, null, null, null, null, false, 0, null, null),
                    null,
                    false,
                    "p",
                    NOW));
    assertThat(invalid.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("title", "weight", "leadUnitCode");
  }

  @Test
  void assigningNeedsADeadlineNotInThePast() {
    GovernanceTask noDeadline = Tasks.draft();
    noDeadline.revise(Tasks.definition(null, 1), NOW);
    assertThat(catchValidation(() -> noDeadline.assign(TODAY, NOW)).errors())
        .extracting(FieldError::messageKey)
        .containsExactly("planning.task.deadline-required");
    assertThat(noDeadline.state()).isEqualTo(TaskState.DRAFT);

    GovernanceTask late = Tasks.draft();
    assertThat(catchValidation(() -> late.assign(DEADLINE.plusDays(1), NOW)).errors())
        .extracting(FieldError::messageKey)
        .containsExactly("planning.task.deadline-past");

    GovernanceTask task = Tasks.draft();
    task.assign(TODAY, NOW);
    assertThat(task.startDate()).contains(TODAY);
    assertThat(task.assignedAt()).contains(NOW);
  }

  @Test
  void onlyADraftOrAnAssignedTaskIsRevisedAndAnAssignedOneKeepsADeadline() {
    GovernanceTask assigned = Tasks.in(TaskState.ASSIGNED);
    assertThat(catchValidation(() -> assigned.revise(Tasks.definition(null, 2), NOW)).errors())
        .extracting(FieldError::field)
        .containsExactly("deadline");
    assigned.revise(Tasks.definition(DEADLINE.plusDays(3), 2), NOW);
    assertThat(assigned.weight()).isEqualTo(2);

    GovernanceTask running = Tasks.in(TaskState.IN_PROGRESS);
    assertThatThrownBy(() -> running.revise(Tasks.definition(DEADLINE, 1), NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("planning.task.not-editable"));
  }

  @Test
  void aProgressReportOnAnAssignedTaskStartsItAndSetsTheProgress() {
    GovernanceTask task = Tasks.in(TaskState.ASSIGNED);

    ProgressReport report = task.reportProgress(40, " 完成4条 ", List.of(7L, 8L), false, "h", NOW);

    assertThat(task.state()).isEqualTo(TaskState.IN_PROGRESS);
    assertThat(task.progress()).isEqualTo(40);
    assertThat(report.percent()).contains(40);
    assertThat(report.text()).isEqualTo("完成4条");
    assertThat(report.attachmentIds()).containsExactly(7L, 8L);

    task.reportProgress(null, "协调会已开", List.of(), false, "h", NOW);
    assertThat(task.progress()).as("a report in words keeps the figure").isEqualTo(40);
  }

  @Test
  void progressReportsAreCheckedAndRefusedWhereNoWorkGoesOn() {
    GovernanceTask task = Tasks.in(TaskState.IN_PROGRESS);
    assertThat(catchValidation(() -> task.reportProgress(101, " ", null, false, "h", NOW)).errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("text", "percent");

    assertThatThrownBy(() -> task.reportProgress(50, "x", List.of(), true, "h", NOW))
        .as("a decomposed task's progress is rolled up")
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
              assertThat(e.messageKey()).isEqualTo("planning.task.progress-rolled-up");
            });
    task.reportProgress(null, "下级推进中", List.of(), true, "h", NOW);

    for (TaskState state :
        List.of(
            TaskState.DRAFT,
            TaskState.COMPLETED,
            TaskState.CLOSE_OUT_REQUESTED,
            TaskState.CLOSED_OUT)) {
      GovernanceTask other = Tasks.in(state);
      assertThatThrownBy(() -> other.reportProgress(10, "x", List.of(), false, "h", NOW))
          .as(state.name())
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> assertThat(e.messageKey()).isEqualTo("planning.task.report-not-allowed"));
    }
    GovernanceTask waiting = Tasks.in(TaskState.DELAY_REQUESTED);
    waiting.reportProgress(20, "等待批复期间继续推进", List.of(), false, "h", NOW);
    assertThat(waiting.progress()).isEqualTo(20);
  }

  @Test
  void aManualOverrideNeedsAReasonAndWinsOverReportsAndRollUpsUntilEnded() {
    GovernanceTask task = Tasks.in(TaskState.IN_PROGRESS);

    assertThat(catchValidation(() -> task.overrideProgress(70, " ", NOW)).errors())
        .extracting(FieldError::field)
        .containsExactly("reason");
    assertThat(catchValidation(() -> task.overrideProgress(-1, "r", NOW)).errors())
        .extracting(FieldError::field)
        .containsExactly("percent");

    task.overrideProgress(70, "按实地核查结果调整", NOW);
    assertThat(task.progress()).isEqualTo(70);
    assertThat(task.progressOverridden()).isTrue();
    assertThat(task.overrideReason()).contains("按实地核查结果调整");
    assertThat(task.rollUp(20, NOW)).isFalse();
    task.reportProgress(30, "x", List.of(), false, "h", NOW);
    assertThat(task.progress()).isEqualTo(70);

    task.clearOverride(NOW);
    assertThat(task.progressOverridden()).isFalse();
    assertThat(task.rollUp(20, NOW)).isTrue();
    assertThat(task.progress()).isEqualTo(20);
    assertThatThrownBy(() -> task.clearOverride(NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("planning.task.not-overridden"));
    assertThatThrownBy(() -> Tasks.in(TaskState.CLOSED_OUT).overrideProgress(50, "r", NOW))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void aDelayNeedsAReasonAndALaterDeadlineAndIsDecidedOnce() {
    GovernanceTask task = Tasks.in(TaskState.IN_PROGRESS);
    assertThat(catchValidation(() -> task.requestDelay(" ", DEADLINE, "h", NOW)).errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("reason", "proposedDeadline");
    assertThat(task.state()).isEqualTo(TaskState.IN_PROGRESS);

    LocalDate later = DEADLINE.plusMonths(2);
    DelayRequest request = task.requestDelay("雨季施工受阻", later, "handler", NOW);
    assertThat(request.state()).isEqualTo(DelayState.PENDING);
    assertThat(request.previousDeadline()).isEqualTo(DEADLINE);
    assertThat(task.state()).isEqualTo(TaskState.DELAY_REQUESTED);

    task.approveDelay(request, "同意", "leader", NOW);
    assertThat(task.deadline()).contains(later);
    assertThat(task.state()).isEqualTo(TaskState.IN_PROGRESS);
    assertThat(request.state()).isEqualTo(DelayState.APPROVED);
    assertThat(request.decidedBy()).contains("leader");

    DelayRequest second = task.requestDelay("再延", later.plusDays(5), "handler", NOW);
    assertThatThrownBy(() -> task.approveDelay(request, null, "leader", NOW))
        .as("the first request is decided")
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("planning.delay.not-pending"));
    assertThat(catchValidation(() -> task.rejectDelay(second, " ", "leader", NOW)).errors())
        .extracting(FieldError::field)
        .containsExactly("reason");
    task.rejectDelay(second, "理由不充分", "leader", NOW);
    assertThat(task.deadline()).as("a refusal keeps the deadline").contains(later);
    assertThat(second.state()).isEqualTo(DelayState.REJECTED);
    assertThat(task.decisionNote()).contains("理由不充分");
  }

  @Test
  void completingNeedsEveryChildFinishedAndSetsTheProgressToFull() {
    GovernanceTask task = Tasks.in(TaskState.IN_PROGRESS);
    task.overrideProgress(90, "r", NOW);

    assertThatThrownBy(() -> task.complete(false, NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE);
              assertThat(e.messageKey()).isEqualTo("planning.task.children-open");
            });
    assertThat(task.state()).isEqualTo(TaskState.IN_PROGRESS);

    task.complete(true, NOW);
    assertThat(task.progress()).isEqualTo(100);
    assertThat(task.progressOverridden()).isFalse();
    assertThat(task.completedAt()).contains(NOW);
  }

  @Test
  void closeOutNeedsASummaryAndARefusalAReason() {
    GovernanceTask task = Tasks.in(TaskState.COMPLETED);
    assertThat(catchValidation(() -> task.requestCloseOut(null, NOW)).errors())
        .extracting(FieldError::field)
        .containsExactly("reason");
    task.requestCloseOut("12条小巷全部达到十无标准", NOW);
    assertThat(task.closeOutSummary()).contains("12条小巷全部达到十无标准");
    assertThat(catchValidation(() -> task.rejectCloseOut("", NOW)).errors()).hasSize(1);
    task.rejectCloseOut("第3条小巷复查不达标", NOW);
    assertThat(task.state()).isEqualTo(TaskState.IN_PROGRESS);
    assertThat(task.completedAt()).isEmpty();

    task.complete(true, NOW);
    task.requestCloseOut("整改后全部达标", NOW);
    task.approveCloseOut("同意销号", NOW);
    assertThat(task.state()).isEqualTo(TaskState.CLOSED_OUT);
    assertThat(task.closedOutAt()).contains(NOW);
    assertThat(task.rollUp(10, NOW)).as("a closed-out task keeps its progress").isFalse();
  }

  @Test
  void theWorkPlanIsCheckedAndKeptUntilCloseOut() {
    GovernanceTask task = Tasks.in(TaskState.ASSIGNED);
    task.planWork(
        new GovernanceTask.WorkPlan(
            "chen",
            "wu",
            "三月摸底，六月完成",
            List.of(
                new Milestone("摸底", LocalDate.of(2026, 3, 31), true),
                new Milestone("完工", LocalDate.of(2026, 6, 30), false))),
        NOW);
    assertThat(task.responsibleLeader()).contains("chen");
    assertThat(task.milestones()).extracting(Milestone::title).containsExactly("摸底", "完工");

    assertThat(
            catchValidation(
                    () ->
                        task.planWork(
                            new GovernanceTask.WorkPlan(
                                null, null, null, List.of(new Milestone(" ", TODAY, false))),
                            NOW))
                .errors())
        .extracting(FieldError::field)
        .containsExactly("milestones[0].title");
    assertThatThrownBy(
            () ->
                Tasks.in(TaskState.CLOSED_OUT)
                    .planWork(new GovernanceTask.WorkPlan(null, null, null, null), NOW))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void theSelfAssessmentNeedsAnAssignedTaskAndSomeText() {
    assertThatThrownBy(() -> Tasks.draft().selfAssess("a", "b", "h", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("planning.task.not-assigned"));
    GovernanceTask task = Tasks.in(TaskState.COMPLETED);
    assertThat(catchValidation(() -> task.selfAssess(" ", null, "h", NOW)).errors()).hasSize(1);
    task.selfAssess("按期完成", "自评优秀", "h", NOW);
    assertThat(task.selfCheck()).contains("按期完成");
    assertThat(task.selfEvaluation()).contains("自评优秀");
    assertThat(task.selfAssessedBy()).contains("h");
  }

  @Test
  void theLightShinesWhileTheTaskRuns() {
    GovernanceTask task = Tasks.in(TaskState.IN_PROGRESS);
    // assigned 2026-03-02, due 2026-06-30: 120 days; 80 % used after 96 days (06-06)
    assertThat(task.light(LocalDate.of(2026, 6, 5), 80)).contains(WarningLight.GREEN);
    assertThat(task.light(LocalDate.of(2026, 6, 6), 80)).contains(WarningLight.YELLOW);
    assertThat(task.light(LocalDate.of(2026, 7, 1), 80)).contains(WarningLight.RED);
    assertThat(task.overdue(LocalDate.of(2026, 7, 1))).isTrue();
    assertThat(task.overdue(DEADLINE)).isFalse();
    assertThat(Tasks.draft().light(TODAY, 80)).isEmpty();
    assertThat(Tasks.in(TaskState.COMPLETED).light(LocalDate.of(2027, 1, 1), 80)).isEmpty();
    assertThat(Tasks.in(TaskState.COMPLETED).overdue(LocalDate.of(2027, 1, 1))).isFalse();
  }

  private static ValidationException catchValidation(Runnable work) {
    try {
      work.run();
    } catch (ValidationException e) {
      return e;
    }
    throw new AssertionError("no validation error");
  }
}
