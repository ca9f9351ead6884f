package cn.finegov.planning.domain.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.planning.Entities;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The plan lifecycle: every legal and illegal step, the read-only states, the overdue rule. */
class PlanLifecycleTest {

  private static final Instant NOW = Instant.parse("2026-01-10T02:00:00Z");
  private static final AnnualPlan.Owner CITY = new AnnualPlan.Owner(1, "990100", "/1/");
  private static final AnnualPlan.Owner DISTRICT = new AnnualPlan.Owner(7, "990102", "/1/7/");

  /** The legal steps: state before → step → state after. */
  private static final Map<PlanState, Map<PlanAction, PlanState>> LEGAL =
      Map.of(
          PlanState.DRAFT, Map.of(PlanAction.SUBMIT, PlanState.IN_REVIEW),
          PlanState.IN_REVIEW,
              Map.of(PlanAction.APPROVE, PlanState.APPROVED, PlanAction.RETURN, PlanState.DRAFT),
          PlanState.APPROVED,
              Map.of(PlanAction.PUBLISH, PlanState.PUBLISHED, PlanAction.RETURN, PlanState.DRAFT),
          PlanState.PUBLISHED, Map.of());

  static AnnualPlan plan(AnnualPlan.Owner owner) {
    return AnnualPlan.draft(
        2026,
        PlanLevel.CITY,
        owner,
        new AnnualPlan.Contents(" 江城市2026年度计划 ", "问题", "目标", "保障"),
        null,
        "planner",
        NOW);
  }

  /** A plan brought to {@code state} by legal steps. */
  static AnnualPlan planIn(PlanState state) {
    AnnualPlan plan = plan(CITY);
    if (state == PlanState.DRAFT) {
      return plan;
    }
    plan.act(PlanAction.SUBMIT, "planner", NOW, null);
    if (state == PlanState.IN_REVIEW) {
      return plan;
    }
    plan.act(PlanAction.APPROVE, "leader", NOW, null);
    if (state == PlanState.APPROVED) {
      return plan;
    }
    plan.act(PlanAction.PUBLISH, "leader", NOW, null);
    return plan;
  }

  @ParameterizedTest
  @EnumSource(PlanState.class)
  void everyStepIsAllowedExactlyWhereTheLifecycleSays(PlanState state) {
    for (PlanAction action : PlanAction.values()) {
      AnnualPlan plan = planIn(state);
      PlanState expected = LEGAL.get(state).get(action);
      if (expected == null) {
        assertThat(action.allowedFrom(state)).as("%s from %s", action, state).isFalse();
        assertThatThrownBy(() -> plan.act(action, "x", NOW, "理由"))
            .isInstanceOfSatisfying(
                DomainException.class,
                e -> {
                  assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                  assertThat(e.messageKey()).isEqualTo("planning.plan.transition");
                });
        assertThat(plan.state()).isEqualTo(state);
      } else {
        assertThat(plan.act(action, "x", NOW, "理由")).isEqualTo(state);
        assertThat(plan.state()).as("%s from %s", action, state).isEqualTo(expected);
      }
    }
    assertThat(PlanAction.allowedIn(state))
        .containsExactlyInAnyOrderElementsOf(LEGAL.get(state).keySet());
  }

  @Test
  void aReturnNeedsAReasonAndKeepsIt() {
    AnnualPlan plan = planIn(PlanState.IN_REVIEW);

    assertThatThrownBy(() -> plan.act(PlanAction.RETURN, "leader", NOW, "  "))
        .isInstanceOf(ValidationException.class);
    assertThat(plan.state()).isEqualTo(PlanState.IN_REVIEW);

    plan.act(PlanAction.RETURN, "leader", NOW, " 目标不够具体 ");
    assertThat(plan.state()).isEqualTo(PlanState.DRAFT);
    assertThat(plan.returnReason()).contains("目标不够具体");

    plan.act(PlanAction.SUBMIT, "planner", NOW, null);
    assertThat(plan.returnReason()).isEmpty();
  }

  @Test
  void approvalAndPublicationRecordWhoAndWhen() {
    AnnualPlan plan = planIn(PlanState.PUBLISHED);

    assertThat(plan.approvedBy()).contains("leader");
    assertThat(plan.publishedBy()).contains("leader");
    assertThat(plan.publishedAt()).contains(NOW);
    assertThat(plan.submittedAt()).contains(NOW);
  }

  @ParameterizedTest
  @EnumSource(
      value = PlanState.class,
      names = {"IN_REVIEW", "APPROVED", "PUBLISHED"})
  void onlyADraftChanges(PlanState state) {
    AnnualPlan plan = planIn(state);

    assertThatThrownBy(() -> plan.revise(new AnnualPlan.Contents("新标题", null, null, null), NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("planning.plan.read-only"));
    assertThat(plan.title()).isEqualTo("江城市2026年度计划");
  }

  @Test
  void aDraftChangesAndChecksItsTexts() {
    AnnualPlan plan = plan(CITY);
    plan.revise(new AnnualPlan.Contents("新标题", " ", "目标", null), NOW.plusSeconds(5));

    assertThat(plan.title()).isEqualTo("新标题");
    assertThat(plan.problems()).isNull();
    assertThat(plan.updatedAt()).isEqualTo(NOW.plusSeconds(5));
    assertThatThrownBy(() -> plan.revise(new AnnualPlan.Contents(" ", null, null, null), NOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("title"));
    assertThatThrownBy(
            () ->
                plan.revise(
                    new AnnualPlan.Contents("t", "x".repeat(AnnualPlan.MAX_TEXT + 1), null, null),
                    NOW))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aNewPlanNeedsAYearInRangeATitleAndALevel() {
    assertThatThrownBy(
            () ->
                AnnualPlan.draft(
                    1999,
                    null,
                    CITY,
                    new AnnualPlan.Contents(null, null, null, null),
                    null,
                    "p",
                    NOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field())
                    .containsExactlyInAnyOrder("year", "planLevel", "title"));
  }

  @Test
  void theParentPlanIsOfTheSameYearAndAUnitAbove() {
    AnnualPlan city = Entities.withId(plan(CITY), 41);
    AnnualPlan district =
        AnnualPlan.draft(
            2026,
            PlanLevel.DISTRICT,
            DISTRICT,
            new AnnualPlan.Contents("区计划", null, null, null),
            city,
            "p",
            NOW);
    AnnualPlan otherYear =
        AnnualPlan.draft(
            2027,
            PlanLevel.CITY,
            CITY,
            new AnnualPlan.Contents("市计划", null, null, null),
            null,
            "p",
            NOW);

    assertThat(district.parentPlanId()).contains(41L);
    assertThatThrownBy(() -> city.linkParent(district))
        .as("a unit below cannot issue")
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE));
    assertThatThrownBy(() -> district.linkParent(otherYear))
        .as("another year")
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> city.linkParent(city)).isInstanceOf(DomainException.class);
  }

  @Test
  void aPlanIsOverdueOnlyAfterItsDateAndUntilPublished() {
    LocalDate due = LocalDate.of(2025, 12, 31);
    Set<PlanState> unpublished =
        EnumSet.of(PlanState.DRAFT, PlanState.IN_REVIEW, PlanState.APPROVED);
    for (PlanState state : unpublished) {
      AnnualPlan plan = planIn(state);
      assertThat(plan.overdue(due, due)).as("on the day, %s", state).isFalse();
      assertThat(plan.overdue(due, due.plusDays(1))).as("the day after, %s", state).isTrue();
    }
    assertThat(planIn(PlanState.PUBLISHED).overdue(due, due.plusYears(1))).isFalse();
  }

  @Test
  void levelsFollowTheUnitTypes() {
    assertThat(PlanLevel.of(cn.finegov.kernel.api.org.UnitType.CITY)).isEqualTo(PlanLevel.CITY);
    assertThat(PlanLevel.of(cn.finegov.kernel.api.org.UnitType.DISTRICT))
        .isEqualTo(PlanLevel.DISTRICT);
    assertThat(PlanLevel.of(cn.finegov.kernel.api.org.UnitType.TOWN)).isEqualTo(PlanLevel.STREET);
    assertThat(PlanLevel.of(cn.finegov.kernel.api.org.UnitType.COMMUNITY))
        .isEqualTo(PlanLevel.STREET);
    assertThat(PlanLevel.of(cn.finegov.kernel.api.org.UnitType.DEPARTMENT))
        .isEqualTo(PlanLevel.DEPARTMENT);
    assertThat(PlanLevel.of(cn.finegov.kernel.api.org.UnitType.ENTERPRISE))
        .isEqualTo(PlanLevel.ENTERPRISE);
    assertThat(PlanLevel.CITY.settingKey()).isEqualTo("plan.due.city");
  }
}
