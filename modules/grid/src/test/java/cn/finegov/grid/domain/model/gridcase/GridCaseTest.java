package cn.finegov.grid.domain.model.gridcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.kernel.api.error.DomainException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The case aggregate through its steps: timeline, counters, units and the stage clock. */
class GridCaseTest {

  private static final Instant T0 = Instant.parse("2026-05-11T01:00:00Z");
  private static final String WORKER = "gridworker";
  private static final String CLERK = "clerk";
  private static final String DISPATCHER = "dispatcher";
  private static final String HANDLER = "handler";
  private static final String ROADS = "990102-CG";
  private static final String PARKS = "990102-YL";

  private static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  private static GridCase reported(boolean simple) {
    return GridCase.report(
        CaseNumber.of("990102", 2026, 7),
        new GridCase.Report(
            CaseSource.GRID_WORKER,
            CategoryCode.parse("C0101"),
            GridCode.of("99010200100101"),
            GeoPoint.of(30.2431, 120.15),
            " 望江路12号 ",
            " 上水井盖破损 ",
            simple),
        WORKER,
        T0);
  }

  @Test
  void aCaseGoesFromReportToCloseAndEveryStepIsOnTheTimeline() {
    GridCase c = reported(false);
    assertThat(c.state()).isEqualTo(CaseState.REPORTED);
    assertThat(c.description()).isEqualTo("上水井盖破损");
    assertThat(c.address()).isEqualTo("望江路12号");

    c.file(CLERK, at(10));
    c.dispatchTo(ROADS, DISPATCHER, at(20));
    assertThat(c.responsibleUnit()).contains(ROADS);
    c.sign(HANDLER, at(30));
    c.start(HANDLER, at(40));
    c.reportBack(HANDLER, at(50));
    c.startVerification(WORKER, at(60));
    CaseEvent closed = c.close(WORKER, at(70));

    assertThat(c.state()).isEqualTo(CaseState.CLOSED);
    assertThat(c.closedAt()).contains(at(70));
    assertThat(closed.fromState()).isEqualTo(CaseState.VERIFYING);
    assertThat(c.timeline())
        .extracting(CaseEvent::toState)
        .containsExactly(
            CaseState.REPORTED,
            CaseState.FILED,
            CaseState.DISPATCHED,
            CaseState.SIGNED,
            CaseState.HANDLING,
            CaseState.FEEDBACK,
            CaseState.VERIFYING,
            CaseState.CLOSED);
    assertThat(c.timeline().get(2).unitCode()).isEqualTo(ROADS);
    assertThat(c.timeline().get(2).actor()).isEqualTo(DISPATCHER);
    assertThat(c.reworkCount()).isZero();
  }

  @Test
  void theStageClockRunsOnWithinAStageAndRestartsInTheNext() {
    GridCase c = reported(false);
    c.file(CLERK, at(10));
    c.enterStage(at(70));
    assertThat(c.stageDueAt()).contains(at(70));
    assertThat(c.overdueAt(at(71))).isTrue();

    c.dispatchTo(ROADS, DISPATCHER, at(20));
    assertThat(c.stageStartedAt()).isEqualTo(at(20));
    assertThat(c.stageDueAt()).as("a new stage, a new deadline to compute").isEmpty();
    c.sign(HANDLER, at(30));
    c.enterStage(at(3000));
    c.start(HANDLER, at(40));
    assertThat(c.stageStartedAt())
        .as("signed → handling: the handling clock runs on")
        .isEqualTo(at(30));
    assertThat(c.stageDueAt()).contains(at(3000));
    c.reportBack(HANDLER, at(50));
    assertThatThrownBy(() -> c.close(WORKER, at(60)))
        .as("not verified yet")
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("grid.case.transition");
  }

  @Test
  void aFailedVerificationSendsTheCaseBackAndCountsTheRework() {
    GridCase c = reported(false);
    c.file(CLERK, at(1));
    c.dispatchTo(ROADS, DISPATCHER, at(2));
    c.sign(HANDLER, at(3));
    c.start(HANDLER, at(4));
    c.reportBack(HANDLER, at(5));
    c.startVerification(WORKER, at(6));

    assertThatThrownBy(() -> c.sendBack(WORKER, at(7), "  "))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("grid.case.reason-required");
    c.sendBack(WORKER, at(7), "井盖仍未更换");
    assertThat(c.state()).isEqualTo(CaseState.REWORK);
    assertThat(c.reworkCount()).isEqualTo(1);
    assertThat(c.responsibleUnit()).contains(ROADS);
    c.start(HANDLER, at(8));
    c.reportBack(HANDLER, at(9));
    c.startVerification(WORKER, at(10));
    c.close(WORKER, at(11));
    assertThat(c.reworkCount()).isEqualTo(1);
    assertThat(c.timeline()).extracting(CaseEvent::reason).contains("井盖仍未更换");
  }

  @Test
  void aReturnedCaseGoesToAnotherUnitOrIsArbitratedWithReasons() {
    GridCase c = reported(false);
    c.file(CLERK, at(1));
    c.dispatchTo(PARKS, DISPATCHER, at(2));
    c.returnToCentre(HANDLER, at(3), "井盖属市政设施，不属园林");
    assertThat(c.state()).isEqualTo(CaseState.RETURNED);
    assertThat(c.returnCount()).isEqualTo(1);
    assertThat(c.responsibleUnit()).isEmpty();
    assertThat(c.returnedByUnit()).contains(PARKS);

    assertThatThrownBy(() -> c.dispatchTo(PARKS, DISPATCHER, at(4)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("grid.case.same-unit");
    assertThatThrownBy(() -> c.arbitrate(PARKS, DISPATCHER, at(4), null))
        .hasMessageContaining("grid.case.reason-required");
    CaseEvent decision = c.arbitrate(PARKS, DISPATCHER, at(4), "绿地内井盖由园林养护");
    assertThat(decision.action()).isEqualTo(CaseAction.ARBITRATE);
    assertThat(c.responsibleUnit()).contains(PARKS);
    assertThat(c.returnedByUnit()).isEmpty();
    assertThat(c.state()).isEqualTo(CaseState.DISPATCHED);
  }

  @Test
  void anExtensionIsAskedForDecidedAndCounted() {
    GridCase c = reported(false);
    c.file(CLERK, at(1));
    c.dispatchTo(ROADS, DISPATCHER, at(2));
    c.sign(HANDLER, at(3));
    c.enterStage(at(600));
    c.start(HANDLER, at(4));

    assertThatThrownBy(() -> c.requestPostponement(HANDLER, at(5), 0, "等待配件"))
        .hasMessageContaining("grid.case.postponement-days");
    c.requestPostponement(HANDLER, at(5), 3, "等待配件");
    assertThat(c.requestedDays()).contains(3);
    c.refusePostponement(DISPATCHER, at(6), "配件有库存");
    assertThat(c.state()).isEqualTo(CaseState.HANDLING);
    assertThat(c.stageDueAt()).as("the deadline stands").contains(at(600));
    assertThat(c.postponementCount()).isZero();

    c.requestPostponement(HANDLER, at(7), 2, "雨天无法施工");
    c.approvePostponement(DISPATCHER, at(8));
    assertThat(c.state()).isEqualTo(CaseState.POSTPONED);
    assertThat(c.postponementCount()).isEqualTo(1);
    c.enterStage(at(3000));
    c.reportBack(HANDLER, at(9));
    assertThat(c.requestedDays()).isEmpty();
  }

  @Test
  void anUnsolvableCaseIsLedgeredAndCanBeTakenUpAgain() {
    GridCase c = reported(false);
    c.file(CLERK, at(1));
    c.dispatchTo(ROADS, DISPATCHER, at(2));
    c.sign(HANDLER, at(3));
    c.start(HANDLER, at(4));
    c.ledger(DISPATCHER, at(5), "涉及地铁施工围挡，待工程结束后处理");
    assertThat(c.state().open()).isFalse();

    c.reopen(CLERK, at(6), "地铁施工已结束");
    assertThat(c.state()).isEqualTo(CaseState.REOPENED);
    assertThat(c.responsibleUnit()).isEmpty();
    c.dispatchTo(ROADS, DISPATCHER, at(7));
    assertThat(c.state()).isEqualTo(CaseState.DISPATCHED);
  }

  @Test
  void onlyTheReporterClosesASimpleCaseOnTheSpotWithPhotos() {
    GridCase notSimple = reported(false);
    assertThatThrownBy(() -> notSimple.closeOnSpot(WORKER, at(1), 1, 1))
        .hasMessageContaining("grid.case.on-spot-simple");

    GridCase c = reported(true);
    assertThatThrownBy(() -> c.closeOnSpot("someone", at(1), 1, 1))
        .satisfies(
            e ->
                assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    assertThatThrownBy(() -> c.closeOnSpot(WORKER, at(1), 1, 0))
        .hasMessageContaining("grid.case.on-spot-photos");
    c.closeOnSpot(WORKER, at(1), 2, 1);
    assertThat(c.state()).isEqualTo(CaseState.CLOSED);
    assertThat(c.closedAt()).contains(at(1));
  }

  @Test
  void aDuplicateIsMergedIntoTheOriginal() {
    GridCase c = reported(false);
    c.markDuplicateOf(CaseNumber.of("990102", 2026, 3));
    assertThat(c.duplicateOf()).contains("990102-2026-000003");
    assertThatThrownBy(() -> c.mergeInto(c.number(), CLERK, at(1)))
        .hasMessageContaining("grid.case.merge-self");

    c.mergeInto(CaseNumber.of("990102", 2026, 3), CLERK, at(1));
    assertThat(c.state()).isEqualTo(CaseState.MERGED);
    assertThat(c.mergedInto()).contains("990102-2026-000003");
    assertThat(c.state().open()).isFalse();
    assertThatThrownBy(() -> c.enterStage(at(2))).hasMessageContaining("grid.case.no-stage");
  }

  @Test
  void aReportWithoutTheEssentialsIsRefused() {
    CaseNumber number = CaseNumber.of("990102", 2026, 9);
    GeoPoint place = GeoPoint.of(30.2, 120.1);
    CategoryCode category = CategoryCode.parse("E0401");

    assertThatThrownBy(
            () ->
                GridCase.report(
                    number,
                    new GridCase.Report(
                        CaseSource.PUBLIC, category, null, place, null, "   ", false),
                    "citizen",
                    T0))
        .hasMessageContaining("grid.case.description-required");
    assertThatThrownBy(
            () ->
                GridCase.report(
                    number,
                    new GridCase.Report(
                        CaseSource.PUBLIC,
                        category,
                        GridCode.of("990102001"),
                        place,
                        null,
                        "x",
                        false),
                    "citizen",
                    T0))
        .hasMessageContaining("grid.case.unit-grid");
    assertThatThrownBy(
            () ->
                GridCase.report(
                    number,
                    new GridCase.Report(CaseSource.PUBLIC, null, null, place, null, "x", false),
                    "citizen",
                    T0))
        .hasMessageContaining("grid.case.category-required");
    assertThatThrownBy(
            () ->
                GridCase.report(
                    number,
                    new GridCase.Report(
                        CaseSource.PUBLIC, category, null, place, null, "长".repeat(2001), false),
                    "citizen",
                    T0))
        .hasMessageContaining("grid.case.description-long");
  }
}
