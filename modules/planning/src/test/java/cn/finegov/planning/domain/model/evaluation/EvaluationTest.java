package cn.finegov.planning.domain.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.planning.Entities;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.task.UnitRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  static final Instant NOW = Instant.parse("2027-01-20T02:00:00Z");
  static final UnitRef DISTRICT = new UnitRef(7, "990102", "/1/7/");

  static EvaluationRound round() {
    return Entities.withId(
        EvaluationRound.open(2026, PlanLevel.STREET, DISTRICT, "2026年度街道满意度测评", "admin", NOW), 1L);
  }

  static EvaluationScore score(EvaluationRound round, long plan, String code, int s, int b, int d) {
    return EvaluationScore.of(
        round,
        plan,
        "计划" + plan,
        new UnitRef(plan, code, "/1/7/" + plan + "/"),
        SatisfactionVotes.of(s, b, d),
        "admin",
        NOW);
  }

  @Test
  void theRateIsSatisfiedAndBasicallySatisfiedAmongAllVotesRoundedHalfUp() {
    SatisfactionVotes votes = SatisfactionVotes.of(30, 12, 5);
    assertThat(votes.total()).isEqualTo(47);
    // 42 / 47 = 89.361..%
    assertThat(votes.rate()).isEqualByComparingTo(new BigDecimal("89.4"));
    // 30 / 47 = 63.829..%
    assertThat(votes.satisfiedRate()).isEqualByComparingTo(new BigDecimal("63.8"));
    // 1 / 8 = 12.5 exactly, and 1 / 16 = 6.25 → 6.3 (half up)
    assertThat(SatisfactionVotes.of(1, 0, 7).rate()).isEqualByComparingTo("12.5");
    assertThat(SatisfactionVotes.of(0, 1, 15).rate()).isEqualByComparingTo("6.3");
  }

  @Test
  void votesMustBeCountsAndAtLeastOne() {
    assertThatThrownBy(() -> SatisfactionVotes.of(-1, 3, 100_001))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(error -> error.field())
                    .containsExactly("satisfied", "dissatisfied"));
    assertThatThrownBy(() -> SatisfactionVotes.of(0, 0, 0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors().get(0).messageKey())
                    .isEqualTo("planning.evaluation.no-votes"));
  }

  @Test
  void resultsAreRankedByRateThenSatisfiedShareAndTiesShareARank() {
    EvaluationRound round = round();
    EvaluationScore a = score(round, 21, "A", 40, 5, 5); // 90.0, 80.0
    EvaluationScore b = score(round, 22, "B", 30, 15, 5); // 90.0, 60.0
    EvaluationScore c = score(round, 23, "C", 48, 2, 0); // 100.0
    EvaluationScore d = score(round, 24, "D", 60, 30, 10); // 90.0, 60.0 (same as B)
    EvaluationScore e = score(round, 25, "E", 10, 10, 30); // 40.0

    List<EvaluationResults.Ranked> ranked = EvaluationResults.rank(List.of(a, b, c, d, e));

    assertThat(ranked)
        .extracting(r -> r.score().unit().code() + r.rank())
        .containsExactly("C1", "A2", "B3", "D3", "E5");
  }

  @Test
  void onlyPlansOfTheRoundsYearLevelAndAreaAreScoredAndPublishedIsFinal() {
    EvaluationRound round = round();
    round.requireScorable(2026, PlanLevel.STREET, "/1/7/9/");
    assertThatThrownBy(() -> round.requireScorable(2025, PlanLevel.STREET, "/1/7/9/"))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> round.requireScorable(2026, PlanLevel.DEPARTMENT, "/1/7/9/"))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> round.requireScorable(2026, PlanLevel.STREET, "/1/11/12/"))
        .isInstanceOfSatisfying(
            DomainException.class,
            ex -> assertThat(ex.messageKey()).isEqualTo("planning.evaluation.plan-outside"));

    assertThatThrownBy(() -> round.publish(0, "leader", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            ex -> assertThat(ex.kind()).isEqualTo(DomainException.Kind.RULE));
    round.publish(3, "leader", NOW);
    assertThat(round.state()).isEqualTo(EvaluationState.PUBLISHED);
    assertThat(round.publishedAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> round.requireScorable(2026, PlanLevel.STREET, "/1/7/9/"))
        .isInstanceOfSatisfying(
            DomainException.class,
            ex -> assertThat(ex.kind()).isEqualTo(DomainException.Kind.CONFLICT));
  }
}
