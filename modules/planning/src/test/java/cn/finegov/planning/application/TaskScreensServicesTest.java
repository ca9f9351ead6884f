package cn.finegov.planning.application;

import static cn.finegov.planning.application.Fakes.CITY;
import static cn.finegov.planning.application.Fakes.DISTRICT;
import static cn.finegov.planning.application.Fakes.STREET_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.notification.NotificationRequest;
import cn.finegov.planning.PlanningModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the task screens add to the services: the tree read one level at a time (with whether each
 * task has children), and the reminder (催办) of a running task, audited and sent to its lead unit.
 */
class TaskScreensServicesTest {

  private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);

  private Fakes fakes;
  private PlanView cityPlan;
  private String alleys;
  private String lifts;

  @BeforeEach
  void cityPlanWithTwoTasks() {
    fakes = new Fakes().as(CITY, Fakes.all());
    cityPlan =
        fakes.planService.create(
            new PlanDraft(2026, null, "990100", "江城市2026年度计划", "问题", "目标", "保障", null, null));
    alleys = fakes.taskService.create(cityPlan.id(), task("背街小巷整治", 3)).summary().number();
    lifts = fakes.taskService.create(cityPlan.id(), task("老旧小区加装电梯", 1)).summary().number();
  }

  private static TaskDraft task(String title, int weight) {
    return new TaskDraft(
        title, "问题", "目标", "措施", DEADLINE, "OTHER", "NORMAL", false, weight, "990100", List.of(),
        null);
  }

  @Test
  void theTreeIsReadOneLevelAtATimeAndKnowsWhichTasksHaveChildren() {
    List<TaskView> districts =
        fakes.taskService.decompose(alleys, new Assignment(List.of("990102", "990105"), null, 2));
    String district =
        districts.stream()
            .filter(t -> t.leadUnitCode().equals("990102"))
            .findFirst()
            .orElseThrow()
            .number();
    fakes.as(DISTRICT, Fakes.all());
    fakes.taskService.decompose(district, new Assignment(List.of("990102001"), null, null));
    fakes.as(CITY, Fakes.all());

    List<TaskBranch> top = fakes.taskService.planBranches(cityPlan.id());
    assertThat(top)
        .extracting(b -> b.task().number() + ":" + b.hasChildren())
        .containsExactlyInAnyOrder(alleys + ":true", lifts + ":false");

    List<TaskBranch> below = fakes.taskService.childBranches(alleys);
    assertThat(below)
        .extracting(b -> b.task().leadUnitCode() + ":" + b.hasChildren() + ":" + b.task().weight())
        .containsExactlyInAnyOrder("990102:true:2", "990105:false:2");
    assertThat(fakes.taskService.childBranches(district))
        .extracting(b -> b.task().leadUnitCode() + ":" + b.hasChildren())
        .containsExactly("990102001:false");
    assertThat(fakes.taskService.childBranches(lifts)).isEmpty();
  }

  @Test
  void aRunningTaskIsRemindedAuditedAndItsLeadUnitHearsIt() {
    fakes.taskService.assign(lifts);
    int before = fakes.notices.size();

    fakes.taskService.remind(lifts);

    assertThat(fakes.auditOf(lifts)).contains("REMIND");
    assertThat(fakes.notices).hasSize(before + 1);
    NotificationRequest notice = fakes.notices.get(fakes.notices.size() - 1);
    assertThat(notice.recipients().holders())
        .extracting(h -> h.permission() + "@" + h.unitId())
        .containsExactly(PlanningModule.TASK_REPORT + "@1");
  }

  @Test
  void aDraftOrForeignTaskIsNotReminded() {
    expect(
        () -> fakes.taskService.remind(alleys),
        DomainException.Kind.CONFLICT,
        "planning.task.not-running");
    assertThat(fakes.auditOf(alleys)).doesNotContain("REMIND");

    fakes.taskService.assign(alleys);
    fakes.as(STREET_B, Fakes.all());
    assertThatThrownBy(() -> fakes.taskService.remind(alleys)).isInstanceOf(DomainException.class);
    assertThat(fakes.auditOf(alleys)).doesNotContain("REMIND");
  }

  private static void expect(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable work,
      DomainException.Kind kind,
      String key) {
    assertThatThrownBy(work)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
              assertThat(e.messageKey()).isEqualTo(key);
            });
  }
}
