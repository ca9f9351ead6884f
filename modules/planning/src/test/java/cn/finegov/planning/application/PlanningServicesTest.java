package cn.finegov.planning.application;

import static cn.finegov.planning.application.Fakes.CITY;
import static cn.finegov.planning.application.Fakes.DISTRICT;
import static cn.finegov.planning.application.Fakes.STREET_A;
import static cn.finegov.planning.application.Fakes.STREET_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.calendar.DeadlineRecomputed;
import cn.finegov.kernel.api.calendar.DeadlineView;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.notification.NotificationRequest;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.api.ImmediateTaskRequest;
import cn.finegov.planning.api.TaskRef;
import cn.finegov.planning.domain.model.plan.PlanAction;
import cn.finegov.planning.domain.model.plan.PlanFilter;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanState;
import cn.finegov.planning.domain.model.task.TaskAction;
import cn.finegov.planning.domain.model.task.TaskFilter;
import cn.finegov.planning.domain.model.task.TaskState;
import cn.finegov.planning.domain.model.task.WarningLight;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The services on in-memory repositories: a city plan decomposed two levels down with progress
 * rolled up, delays and close-out decided by the issuing unit, scoping by unit, plan review, the
 * refusals, immediate tasks.
 */
class PlanningServicesTest {

  private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);
  private static final LocalDate DISTRICT_DEADLINE = LocalDate.of(2026, 10, 31);

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
    alleys =
        fakes.taskService.create(cityPlan.id(), task("背街小巷整治", "990100-CG", 3)).summary().number();
    lifts =
        fakes
            .taskService
            .create(cityPlan.id(), task("老旧小区加装电梯", "990100-ZJ", 1))
            .summary()
            .number();
  }

  private static TaskDraft task(String title, String lead, int weight) {
    return new TaskDraft(
        title,
        "问题",
        "目标",
        "措施",
        DEADLINE,
        "HOTLINE_12345",
        "HIGH",
        true,
        weight,
        lead,
        List.of("990100-ZJ"),
        null);
  }

  /** city → both districts → 滨江区's two streets; returns [district A task, street A, street B]. */
  private List<String> decomposedTwoLevels() {
    List<TaskView> districts =
        fakes.taskService.decompose(
            alleys, new Assignment(List.of("990102", "990105"), DISTRICT_DEADLINE, null));
    String district =
        districts.stream()
            .filter(t -> t.leadUnitCode().equals("990102"))
            .findFirst()
            .orElseThrow()
            .number();
    fakes.as(DISTRICT, Fakes.all());
    List<TaskView> streets =
        fakes.taskService.decompose(
            district, new Assignment(List.of("990102001", "990102002"), null, null));
    return List.of(district, streets.get(0).number(), streets.get(1).number());
  }

  @Test
  void aCityTaskIsDecomposedTwoLevelsIntoTheUnitsPlansAndProgressRollsUp() {
    List<String> tree = decomposedTwoLevels();
    String district = tree.get(0);
    String streetA = tree.get(1);
    String streetB = tree.get(2);

    // Each unit got a draft plan of the year, linked to the issuing plan.
    fakes.as(CITY, Fakes.all());
    List<PlanView> plans =
        fakes.planService.search(new PlanFilter(2026, null, null, null), 0, 50).items();
    assertThat(plans)
        .extracting(PlanView::unitCode)
        .containsExactlyInAnyOrder("990100", "990102", "990105", "990102001", "990102002");
    PlanView districtPlan =
        plans.stream().filter(p -> p.unitCode().equals("990102")).findFirst().orElseThrow();
    assertThat(districtPlan.level()).isEqualTo(PlanLevel.DISTRICT);
    assertThat(districtPlan.state()).isEqualTo(PlanState.DRAFT);
    assertThat(districtPlan.parentPlanId()).isEqualTo(cityPlan.id());
    assertThat(
            plans.stream()
                .filter(p -> p.unitCode().equals("990102001"))
                .findFirst()
                .orElseThrow()
                .parentPlanId())
        .isEqualTo(districtPlan.id());

    TaskDetail parent = fakes.taskService.detail(alleys);
    assertThat(parent.summary().state())
        .as("a decomposed draft is assigned")
        .isEqualTo(TaskState.ASSIGNED);
    assertThat(parent.children()).isEqualTo(2);
    TaskDetail child = fakes.taskService.detail(streetA);
    assertThat(child.summary().state()).isEqualTo(TaskState.ASSIGNED);
    assertThat(child.summary().deadline())
        .as("the parent's deadline by default")
        .isEqualTo(DISTRICT_DEADLINE);
    assertThat(child.summary().parentNumber()).isEqualTo(district);
    assertThat(child.summary().depth()).isEqualTo(2);
    assertThat(child.issuingUnitCode()).as("the district issued it").isEqualTo("990102");
    assertThat(fakes.notices)
        .extracting(NotificationRequest::category)
        .contains(PlanningModule.NOTICE_TASK_ASSIGNED);

    // The streets report; the district's and the city's progress follow by weight.
    fakes.as(STREET_A, PlanningModule.TASK_READ, PlanningModule.TASK_REPORT);
    TaskDetail reported =
        fakes.taskService.reportProgress(streetA, new ProgressDraft(60, "完成7条", List.of()));
    assertThat(reported.summary().state())
        .as("a report starts the work")
        .isEqualTo(TaskState.IN_PROGRESS);
    fakes.as(STREET_B, PlanningModule.TASK_READ, PlanningModule.TASK_REPORT);
    fakes.taskService.reportProgress(streetB, new ProgressDraft(20, "开工3条", List.of()));

    fakes.as(CITY, Fakes.all());
    assertThat(fakes.taskService.detail(district).summary().progress()).isEqualTo(40); // (60+20)/2
    assertThat(fakes.taskService.detail(alleys).summary().progress()).isEqualTo(20); // (40+0)/2
    RollUpView cityRollUp = fakes.taskService.rollUp(alleys);
    assertThat(cityRollUp.parts())
        .extracting(RollUpView.Part::unitCode)
        .containsExactlyInAnyOrder("990102", "990105");
    assertThat(cityRollUp.parts()).extracting(RollUpView.Part::weight).containsOnly(1);
    assertThat(cityRollUp.progress()).isEqualByComparingTo("20");
    RollUpView planRollUp = fakes.planService.rollUp(cityPlan.id());
    // (3×20 + 1×0) / 4 = 15
    assertThat(planRollUp.progress()).isEqualByComparingTo("15");
    assertThat(planRollUp.parts())
        .filteredOn(p -> p.number().equals(alleys))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.share()).isEqualByComparingTo("75");
              assertThat(p.contribution()).isEqualByComparingTo("15");
            });
    assertThat(fakes.planService.detail(cityPlan.id()).progress()).isEqualByComparingTo("15");
    assertThat(fakes.auditOf(district)).contains("DECOMPOSE", "ROLL_UP");
    assertThat(fakes.auditOf(alleys)).contains("CREATE", "ASSIGN", "DECOMPOSE", "ROLL_UP");

    // The tree, up and down.
    TaskTree fromTop = fakes.taskService.tree(alleys);
    assertThat(fromTop.ancestors()).isEmpty();
    assertThat(fromTop.root().children()).hasSize(2);
    assertThat(
            fromTop.root().children().stream()
                .flatMap(n -> n.children().stream())
                .map(n -> n.task().number()))
        .containsExactlyInAnyOrder(streetA, streetB);
    fakes.as(STREET_A, PlanningModule.TASK_READ);
    TaskTree fromBottom = fakes.taskService.tree(streetA);
    assertThat(fromBottom.ancestors())
        .extracting(TaskView::number)
        .containsExactly(alleys, district);
    assertThat(fromBottom.root().children()).isEmpty();
  }

  @Test
  void aStreetSeesItsOwnTasksOnlyAndActsOnlyInItsPart() {
    List<String> tree = decomposedTwoLevels();
    String district = tree.get(0);
    String streetA = tree.get(1);
    String streetB = tree.get(2);

    fakes.as(STREET_B, Fakes.all());
    expect(
        () -> fakes.taskService.detail(streetA),
        DomainException.Kind.NOT_FOUND,
        "planning.task.not-found");
    expect(
        () -> fakes.taskService.detail(district),
        DomainException.Kind.NOT_FOUND,
        "planning.task.not-found");
    expect(
        () -> fakes.taskService.reportProgress(streetA, new ProgressDraft(10, "x", List.of())),
        DomainException.Kind.NOT_FOUND,
        "planning.task.not-found");
    assertThat(fakes.taskService.search(TaskFilter.all(), 0, 50).items())
        .extracting(TaskView::number)
        .containsExactly(streetB);
    assertThat(fakes.planService.search(new PlanFilter(null, null, null, null), 0, 50).items())
        .extracting(PlanView::unitCode)
        .containsExactly("990102002");

    // Its own task, but not its part: the district decides its delays.
    fakes.taskService.start(streetB);
    DelayView request =
        fakes.taskService.requestDelay(
            streetB, new DelayDraft("拆迁未完成", DISTRICT_DEADLINE.plusDays(30)));
    expect(
        () -> fakes.taskService.decideDelay(streetB, request.id(), new Decision(true, null)),
        DomainException.Kind.FORBIDDEN,
        "planning.task.not-yours");

    // Without the permission at all: refused before anything is read.
    fakes.as(DISTRICT, PlanningModule.TASK_READ, PlanningModule.TASK_REPORT);
    assertThatThrownBy(
            () ->
                fakes.taskService.decompose(
                    district, new Assignment(List.of("990102001"), null, null)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    // The district does not read the city's task it was given, but sees it on the way up its tree.
    expect(
        () -> fakes.taskService.detail(alleys),
        DomainException.Kind.NOT_FOUND,
        "planning.task.not-found");
    assertThat(fakes.taskService.tree(district).ancestors())
        .extracting(TaskView::number)
        .containsExactly(alleys);
  }

  @Test
  void aDelayIsDecidedByTheIssuingUnitAndACloseOutEndsTheTask() {
    List<String> tree = decomposedTwoLevels();
    String district = tree.get(0);
    String streetA = tree.get(1);

    fakes.as(STREET_A, PlanningModule.TASK_READ, PlanningModule.TASK_REPORT);
    expect(
        () ->
            fakes.taskService.requestDelay(
                streetA, new DelayDraft("x", DISTRICT_DEADLINE.plusDays(1))),
        DomainException.Kind.CONFLICT,
        "planning.task.transition");
    fakes.taskService.start(streetA);
    ValidationException early =
        catchValidation(
            () -> fakes.taskService.requestDelay(streetA, new DelayDraft(" ", DISTRICT_DEADLINE)));
    assertThat(early.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("reason", "proposedDeadline");
    DelayView request =
        fakes.taskService.requestDelay(streetA, new DelayDraft("雨季停工", LocalDate.of(2026, 11, 20)));
    assertThat(fakes.taskService.detail(streetA).pendingDelay().id()).isEqualTo(request.id());
    assertThat(fakes.notices.get(fakes.notices.size() - 1).category())
        .isEqualTo(PlanningModule.NOTICE_REQUEST);

    fakes.as(DISTRICT, PlanningModule.TASK_READ, PlanningModule.TASK_APPROVE);
    assertThat(fakes.taskService.detail(streetA).allowed())
        .containsExactly(TaskAction.APPROVE_DELAY, TaskAction.REJECT_DELAY);
    TaskDetail approved =
        fakes.taskService.decideDelay(streetA, request.id(), new Decision(true, "同意"));
    assertThat(approved.summary().deadline()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(approved.summary().state()).isEqualTo(TaskState.IN_PROGRESS);
    NotificationRequest report = fakes.notices.get(fakes.notices.size() - 1);
    assertThat(report.category()).isEqualTo(PlanningModule.NOTICE_DECISION);
    assertThat(report.recipients().holders())
        .as("the lead unit hears it, the issuing unit and the plan's unit get the delay report")
        .extracting(h -> h.permission() + "@" + h.unitId())
        .containsExactlyInAnyOrder(
            PlanningModule.TASK_REPORT + "@9",
            PlanningModule.TASK_APPROVE + "@7",
            PlanningModule.TASK_EDIT + "@9");
    expect(
        () -> fakes.taskService.decideDelay(streetA, request.id(), new Decision(true, null)),
        DomainException.Kind.CONFLICT,
        "planning.task.transition");
    assertThat(fakes.auditOf(streetA)).contains("REQUEST_DELAY", "APPROVE_DELAY");

    fakes.as(STREET_A, PlanningModule.TASK_READ, PlanningModule.TASK_REPORT);
    fakes.taskService.complete(streetA);
    fakes.taskService.requestCloseOut(streetA, "12条全部达标");
    fakes.as(
        DISTRICT,
        PlanningModule.TASK_READ,
        PlanningModule.TASK_APPROVE,
        PlanningModule.TASK_REPORT);
    expect(
        () -> fakes.taskService.decideCloseOut(streetA, new Decision(false, " ")),
        DomainException.Kind.INVALID,
        "error.validation");
    TaskDetail closed = fakes.taskService.decideCloseOut(streetA, new Decision(true, "同意销号"));
    assertThat(closed.summary().state()).isEqualTo(TaskState.CLOSED_OUT);
    assertThat(closed.summary().progress()).isEqualTo(100);
    assertThat(fakes.taskService.detail(district).summary().progress()).isEqualTo(50); // (100+0)/2

    // The district cannot complete while street B is open.
    fakes.taskService.start(district);
    expect(
        () -> fakes.taskService.complete(district),
        DomainException.Kind.RULE,
        "planning.task.children-open");
  }

  @Test
  void aManualOverrideIsAuditedWithItsReasonAndRollsUp() {
    String district = decomposedTwoLevels().get(0);

    fakes.as(DISTRICT, PlanningModule.TASK_READ, PlanningModule.TASK_EDIT);
    ValidationException noReason =
        catchValidation(() -> fakes.taskService.overrideProgress(district, 80, null));
    assertThat(noReason.errors()).extracting(FieldError::field).containsExactly("reason");
    TaskDetail overridden = fakes.taskService.overrideProgress(district, 80, "按现场核查调整");
    assertThat(overridden.summary().progressOverridden()).isTrue();
    assertThat(overridden.overrideReason()).isEqualTo("按现场核查调整");
    assertThat(fakes.auditOf(district)).contains("PROGRESS_OVERRIDE");

    fakes.as(CITY, Fakes.all());
    assertThat(fakes.taskService.detail(alleys).summary().progress()).isEqualTo(40); // (80+0)/2
    fakes.as(DISTRICT, PlanningModule.TASK_READ, PlanningModule.TASK_EDIT);
    TaskDetail cleared = fakes.taskService.clearOverride(district, "核查结束");
    assertThat(cleared.summary().progress()).isZero();
    assertThat(fakes.auditOf(district)).contains("PROGRESS_OVERRIDE_END");
    fakes.as(CITY, Fakes.all());
    assertThat(fakes.taskService.detail(alleys).summary().progress()).isZero();

    // A decomposed task takes no percentage in a report.
    fakes.as(DISTRICT, PlanningModule.TASK_READ, PlanningModule.TASK_REPORT);
    expect(
        () -> fakes.taskService.reportProgress(district, new ProgressDraft(50, "x", List.of())),
        DomainException.Kind.CONFLICT,
        "planning.task.progress-rolled-up");
  }

  @Test
  void evidenceMustBeAnAttachmentOfTheTask() {
    List<String> tree = decomposedTwoLevels();
    String streetA = tree.get(1);
    String streetB = tree.get(2);
    long own = fakes.evidence(streetA);
    long foreign = fakes.evidence(streetB);

    fakes.as(STREET_A, PlanningModule.TASK_READ, PlanningModule.TASK_REPORT);
    ValidationException wrong =
        catchValidation(
            () ->
                fakes.taskService.reportProgress(
                    streetA, new ProgressDraft(10, "x", List.of(own, foreign))));
    assertThat(wrong.errors()).extracting(FieldError::field).containsExactly("attachmentIds[1]");
    fakes.taskService.reportProgress(streetA, new ProgressDraft(10, "现场照片", List.of(own)));
    assertThat(fakes.taskService.reports(streetA))
        .singleElement()
        .satisfies(r -> assertThat(r.attachmentIds()).containsExactly(own));
  }

  @Test
  void refusalsAreClear() {
    ValidationException invalid =
        catchValidation(
            () ->
                fakes.taskService.create(
                    cityPlan.id(),
                    new TaskDraft(
                        " ",
                        null,
                        null,
                        null,
                        null,
                        "FAX",
                        null,
                        null,
                        0,
                        "NOPE",
                        List.of("X"),
                        null)));
    assertThat(invalid.errors())
        .extracting(FieldError::field)
        .contains("source", "leadUnitCode", "cooperatingUnitCodes[0]");
    ValidationException badTask =
        catchValidation(() -> fakes.taskService.create(cityPlan.id(), task(" ", "990100-CG", 0)));
    assertThat(badTask.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("title", "weight");

    expect(
        () ->
            fakes.planService.create(
                new PlanDraft(2026, null, "990100", "重复", null, null, null, null, null)),
        DomainException.Kind.CONFLICT,
        "planning.plan.exists");
    expect(
        () ->
            fakes.planService.create(
                new PlanDraft(2026, "COUNTY", "990102", "区", null, null, null, null, null)),
        DomainException.Kind.INVALID,
        "error.validation");

    fakes.taskService.decompose(alleys, new Assignment(List.of("990102"), null, null));
    expect(
        () -> fakes.taskService.decompose(alleys, new Assignment(List.of("990102"), null, null)),
        DomainException.Kind.CONFLICT,
        "planning.task.already-assigned");
    ValidationException late =
        catchValidation(
            () ->
                fakes.taskService.decompose(
                    alleys, new Assignment(List.of("990105"), DEADLINE.plusDays(1), null)));
    assertThat(late.errors())
        .extracting(FieldError::messageKey)
        .containsExactly("planning.task.child-deadline-late");
    fakes.as(DISTRICT, Fakes.all());
    String districtTask =
        fakes.taskService.search(TaskFilter.all(), 0, 10).items().stream()
            .filter(t -> t.leadUnitCode().equals("990102"))
            .findFirst()
            .orElseThrow()
            .number();
    ValidationException notBelow =
        catchValidation(
            () ->
                fakes.taskService.decompose(
                    districtTask,
                    new Assignment(List.of("990105", "990102001", "990102001"), null, null)));
    assertThat(notBelow.errors())
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("unitCodes[0]", "planning.task.unit-not-below"),
            org.assertj.core.groups.Tuple.tuple("unitCodes[2]", "planning.task.unit-twice"));
  }

  @Test
  void aPlanIsReviewedAndPublishedAndThenReadOnly() {
    PlanView empty =
        fakes.planService.create(
            new PlanDraft(2027, null, "990100", "2027年计划", null, null, null, null, null));
    expect(
        () -> fakes.planService.act(empty.id(), PlanAction.SUBMIT, null, null),
        DomainException.Kind.RULE,
        "planning.plan.no-tasks");
    expect(
        () -> fakes.planService.act(cityPlan.id(), PlanAction.SUBMIT, null, 99L),
        DomainException.Kind.CONFLICT,
        "planning.plan.changed");

    assertThat(cityPlan.dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(cityPlan.overdue()).as("2026-03-02, not published").isTrue();
    fakes.settingValues.put("plan.due.city", "03-31");
    assertThat(fakes.planService.detail(cityPlan.id()).overdue())
        .as("a later date by setting")
        .isFalse();
    fakes.settingValues.put("plan.due.city", "nonsense");
    assertThat(fakes.planService.detail(cityPlan.id()).dueDate())
        .as("an unusable setting falls back to the shipped date")
        .isEqualTo(LocalDate.of(2025, 12, 31));

    fakes.as(CITY, PlanningModule.PLAN_READ, PlanningModule.PLAN_EDIT);
    PlanView submitted = fakes.planService.act(cityPlan.id(), PlanAction.SUBMIT, null, null);
    assertThat(submitted.state()).isEqualTo(PlanState.IN_REVIEW);
    assertThat(submitted.allowed()).as("an editor cannot approve").isEmpty();
    assertThat(fakes.notices.get(fakes.notices.size() - 1).recipients().holders())
        .extracting(h -> h.permission())
        .containsExactly(PlanningModule.PLAN_APPROVE);
    expect(
        () -> fakes.planService.act(cityPlan.id(), PlanAction.APPROVE, null, null),
        DomainException.Kind.FORBIDDEN,
        "error.forbidden");

    fakes.as(
        CITY, PlanningModule.PLAN_READ, PlanningModule.PLAN_APPROVE, PlanningModule.PLAN_PUBLISH);
    fakes.planService.act(cityPlan.id(), PlanAction.RETURN, "目标需量化", null);
    fakes.as(CITY, Fakes.all());
    fakes.planService.act(cityPlan.id(), PlanAction.SUBMIT, null, null);
    fakes.planService.act(cityPlan.id(), PlanAction.APPROVE, null, null);
    PlanView published = fakes.planService.act(cityPlan.id(), PlanAction.PUBLISH, null, null);
    assertThat(published.state()).isEqualTo(PlanState.PUBLISHED);
    assertThat(published.overdue()).isFalse();
    assertThat(fakes.auditOf(String.valueOf(cityPlan.id())))
        .containsExactly("CREATE", "SUBMIT", "RETURN", "SUBMIT", "APPROVE", "PUBLISH");

    expect(
        () -> fakes.taskService.create(cityPlan.id(), task("新任务", "990100-CG", 1)),
        DomainException.Kind.CONFLICT,
        "planning.plan.read-only");
    expect(
        () ->
            fakes.planService.revise(
                cityPlan.id(), new PlanDraft(null, null, null, "改", null, null, null, null, null)),
        DomainException.Kind.CONFLICT,
        "planning.plan.read-only");
    // Work on the tasks goes on: decomposition and assignment after publication.
    assertThat(fakes.taskService.decompose(alleys, new Assignment(List.of("990102"), null, null)))
        .hasSize(1);
    assertThat(fakes.taskService.assign(lifts).summary().state()).isEqualTo(TaskState.ASSIGNED);
  }

  @Test
  void aPlanOutsideTheScopeIsRefused() {
    fakes.as(STREET_A, Fakes.all());
    expect(
        () ->
            fakes.planService.create(
                new PlanDraft(2026, null, "990102002", "越权", null, null, null, null, null)),
        DomainException.Kind.FORBIDDEN,
        "planning.unit-out-of-scope");
    expect(
        () -> fakes.planService.detail(cityPlan.id()),
        DomainException.Kind.NOT_FOUND,
        "planning.plan.not-found");
    PlanView own =
        fakes.planService.create(
            new PlanDraft(2026, null, "990102001", "望江街道清单", null, null, null, null, null));
    assertThat(own.level()).isEqualTo(PlanLevel.STREET);
    assertThat(own.dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void theStepsOfAnImmediateTaskAreAnnouncedToItsChannelAndPlanTasksAreNot() {
    decomposedTwoLevels();
    assertThat(fakes.announced).as("plan tasks have no channel to hear them").isEmpty();

    fakes.as(CITY, PlanningModule.TASK_IMMEDIATE, PlanningModule.TASK_READ);
    String number =
        fakes
            .intake
            .create(
                new ImmediateTaskRequest(
                    "HOTLINE_12345", "T-9", null, "井盖缺失", "990102001", 5, null))
            .number();
    fakes.as(STREET_A, PlanningModule.TASK_READ, PlanningModule.TASK_REPORT);
    fakes.taskService.reportProgress(number, new ProgressDraft(50, "已围挡", List.of()));
    fakes.taskService.reportProgress(number, new ProgressDraft(60, "订购井盖", List.of()));
    fakes.taskService.requestDelay(number, new DelayDraft("井盖缺货", LocalDate.of(2026, 3, 20)));
    fakes.as(DISTRICT, PlanningModule.TASK_READ, PlanningModule.TASK_APPROVE);
    fakes.taskService.decideDelay(
        number, fakes.taskService.detail(number).pendingDelay().id(), new Decision(true, "同意"));
    fakes.as(STREET_A, PlanningModule.TASK_READ, PlanningModule.TASK_REPORT);
    fakes.taskService.reportProgress(number, new ProgressDraft(100, "井盖已更换", List.of()));
    fakes.taskService.complete(number);

    assertThat(fakes.announced)
        .as("the first report starts the work; the last report is the reply")
        .containsExactly(
            number + " STARTED null null",
            number + " DELAY_REQUESTED 2026-03-20 井盖缺货",
            number + " DELAY_APPROVED 2026-03-20 同意",
            number + " COMPLETED null 井盖已更换");
  }

  @Test
  void anImmediateTaskIsMadeOnceWithAWorkingDayDeadlineAndItsLineage() {
    fakes.as(CITY, PlanningModule.TASK_IMMEDIATE, PlanningModule.TASK_READ);
    ValidationException noUnit =
        catchValidation(
            () ->
                fakes.intake.create(ImmediateTaskRequest.of("HOTLINE_12345", "T-1", null, "井盖缺失")));
    assertThat(noUnit.errors())
        .extracting(FieldError::messageKey)
        .containsExactly("planning.immediate.no-unit");

    fakes.settingValues.put(PlanningModule.IMMEDIATE_DEFAULT_UNIT, "990102001");
    TaskRef created =
        fakes.intake.create(
            ImmediateTaskRequest.of("hotline_12345", " T-1 ", null, "望江路12号井盖缺失，存在安全隐患，请尽快处理"));
    assertThat(created.created()).isTrue();
    assertThat(created.state()).isEqualTo("ASSIGNED");
    assertThat(created.leadUnitCode()).isEqualTo("990102001");
    // Monday 2026-03-02 + 5 working days
    assertThat(created.deadline()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(created.deadlineExplanation()).isEqualTo("5个工作日");
    assertThat(fakes.links)
        .containsExactly(
            "hotline/Ticket/T-1 -> planning/Task/" + created.number() + " TASK_FROM_TICKET");

    TaskRef again =
        fakes.intake.create(ImmediateTaskRequest.of("HOTLINE_12345", "T-1", "别的标题", "重复推送"));
    assertThat(again.created()).isFalse();
    assertThat(again.number()).isEqualTo(created.number());
    assertThat(fakes.tasks).hasSize(3);
    assertThat(fakes.intake.find("HOTLINE_12345", "T-1"))
        .map(TaskRef::number)
        .contains(created.number());
    assertThat(fakes.intake.find("MEDIA", "T-1")).isEmpty();

    TaskDetail detail = fakes.taskService.detail(created.number());
    assertThat(detail.summary().immediate()).isTrue();
    assertThat(detail.summary().planId()).isNull();
    assertThat(detail.summary().title()).isEqualTo("望江路12号井盖缺失，存在安全隐患，请尽快处理");
    assertThat(detail.summary().light()).isEqualTo(WarningLight.GREEN);
    assertThat(detail.issuingUnitCode()).as("the unit above the lead").isEqualTo("990102");
    assertThat(detail.deadlineExplanationZh()).isEqualTo("5个工作日");
    assertThat(fakes.auditOf(created.number())).containsExactly("CREATE_IMMEDIATE");

    // A calendar change moves the registered deadline, and the task with it.
    DeadlineView registered = fakes.deadlines.values().iterator().next();
    DeadlineView moved =
        new DeadlineView(
            registered.id(),
            registered.owner(),
            registered.kind(),
            null,
            registered.rule(),
            registered.startDate(),
            null,
            LocalDate.of(2026, 3, 10),
            null,
            2,
            false,
            "z",
            "e",
            registered.status(),
            registered.createdAt(),
            "t",
            Fakes.NOW,
            null,
            null);
    ImmediateDeadlines observer = new ImmediateDeadlines();
    observer.tasks = fakes.taskService.tasks;
    observer.audit =
        (type, id, action, before, after) -> fakes.audit.add(type + " " + id + " " + action);
    observer.clock = java.time.Clock.fixed(Fakes.NOW, java.time.ZoneOffset.UTC);
    observer.recomputed(new DeadlineRecomputed(moved, registered.dueDate(), null, false, 1));
    assertThat(fakes.taskService.detail(created.number()).summary().deadline())
        .isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(fakes.auditOf(created.number())).contains("DEADLINE_RECOMPUTED");

    ValidationException bad =
        catchValidation(
            () ->
                fakes.intake.create(
                    new ImmediateTaskRequest("FAX", " ", null, null, "NOPE", 0, null)));
    assertThat(bad.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("source", "externalReference");
    ValidationException badDays =
        catchValidation(
            () ->
                fakes.intake.create(
                    new ImmediateTaskRequest("MEDIA", "M-1", " ", " ", "NOPE", 61, null)));
    assertThat(badDays.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("title", "workingDays", "leadUnitCode");

    fakes.as(STREET_B, PlanningModule.TASK_IMMEDIATE);
    expect(
        () -> fakes.intake.create(ImmediateTaskRequest.of("MEDIA", "M-2", "t", "p")),
        DomainException.Kind.FORBIDDEN,
        "planning.unit-out-of-scope");
  }

  private static ValidationException catchValidation(ThrowingCallable work) {
    try {
      work.call();
    } catch (ValidationException e) {
      return e;
    } catch (Throwable e) {
      throw new AssertionError("expected a validation error, got " + e, e);
    }
    throw new AssertionError("no validation error");
  }

  private static void expect(ThrowingCallable work, DomainException.Kind kind, String key) {
    assertThatThrownBy(work)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
              assertThat(e.messageKey()).isEqualTo(key);
            });
  }
}
