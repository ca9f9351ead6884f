package cn.finegov.planning.domain.model.solicitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.planning.Entities;
import cn.finegov.planning.domain.model.task.TaskSource;
import cn.finegov.planning.domain.model.task.UnitRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ProposalTest {

  static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");
  static final UnitRef DISTRICT = new UnitRef(7, "990102", "/1/7/");
  static final UnitRef STREET = new UnitRef(9, "990102001", "/1/7/9/");
  static final UnitRef OTHER_DISTRICT = new UnitRef(11, "990105", "/1/11/");
  static final LocalDate OPENS = LocalDate.of(2026, 11, 1);
  static final LocalDate CLOSES = LocalDate.of(2026, 11, 30);

  static SolicitationRound round(long id) {
    return Entities.withId(
        SolicitationRound.open(
            DISTRICT,
            new SolicitationRound.Terms(
                2027,
                " 2027年度治理任务征集 ",
                null,
                EnumSet.of(TaskSource.HOTLINE_12345, TaskSource.DEPUTY_LIAISON_STATION),
                OPENS,
                CLOSES),
            "planner",
            NOW),
        id);
  }

  static Proposal proposal(SolicitationRound round, long id, LocalDate day) {
    return Entities.withId(
        Proposal.receive(
            round,
            new Proposal.Submission(
                TaskSource.DEPUTY_LIAISON_STATION, "某人大代表联络站", "背街小巷照明", "路灯不亮", null, day),
            round.unit(),
            "clerk",
            NOW),
        id);
  }

  @Test
  void aRoundTakesProposalsThroughItsChannelsWithinItsDatesUntilClosed() {
    SolicitationRound round = round(1);
    assertThat(round.title()).isEqualTo("2027年度治理任务征集");
    assertThat(round.channels())
        .containsExactly(TaskSource.HOTLINE_12345, TaskSource.DEPUTY_LIAISON_STATION);

    assertThat(proposal(round, 10, OPENS).state()).isEqualTo(ProposalState.RECEIVED);
    assertThat(proposal(round, 11, CLOSES).unit()).isEqualTo(DISTRICT);
    assertThatThrownBy(() -> proposal(round, 12, OPENS.minusDays(1)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("planning.solicitation.not-accepting"));
    assertThatThrownBy(() -> proposal(round, 13, CLOSES.plusDays(1)))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(
            () ->
                Proposal.receive(
                    round,
                    new Proposal.Submission(TaskSource.MEDIA, null, "题", null, null, OPENS),
                    DISTRICT,
                    "clerk",
                    NOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors().get(0).messageKey())
                    .isEqualTo("planning.solicitation.channel-not-open"));

    round.close("planner", NOW);
    assertThat(round.acceptsOn(OPENS.plusDays(3))).isFalse();
    assertThatThrownBy(() -> proposal(round, 14, OPENS.plusDays(3)))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> round.close("planner", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
  }

  @Test
  void aRoundNeedsAChannelAndDatesInOrder() {
    assertThatThrownBy(
            () ->
                SolicitationRound.open(
                    DISTRICT,
                    new SolicitationRound.Terms(
                        2027, "征集", null, EnumSet.noneOf(TaskSource.class), CLOSES, OPENS),
                    "planner",
                    NOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(error -> error.field())
                    .containsExactly("channels", "closesOn"));
  }

  @Test
  void aProposalIsAssignedWithinTheRoundsUnitOnly() {
    SolicitationRound round = round(1);
    Proposal proposal = proposal(round, 10, OPENS);
    proposal.reassign(round, STREET);
    assertThat(proposal.unit()).isEqualTo(STREET);
    assertThatThrownBy(() -> proposal.reassign(round, OTHER_DISTRICT))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("planning.proposal.unit-outside"));
  }

  @Test
  void notAdoptedNeedsTheReasonAndAnAnswerIsFinal() {
    Proposal proposal = proposal(round(1), 10, OPENS);

    assertThatThrownBy(() -> proposal.decline("  ", "handler", NOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors().get(0).messageKey())
                    .isEqualTo("planning.proposal.reason-required"));
    assertThat(proposal.state()).isEqualTo(ProposalState.RECEIVED);

    proposal.decline(" 已列入市级项目 ", "handler", NOW);
    assertThat(proposal.state()).isEqualTo(ProposalState.NOT_ADOPTED);
    assertThat(proposal.answer()).isEqualTo("已列入市级项目");
    assertThatThrownBy(() -> proposal.adopt(5, "2027-000001", null, "handler", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
  }

  @Test
  void adoptedKeepsItsTask() {
    Proposal proposal = proposal(round(1), 10, OPENS);
    proposal.adopt(5, "2027-000001", null, "handler", NOW);
    assertThat(proposal.state()).isEqualTo(ProposalState.ADOPTED);
    assertThat(proposal.taskNumber()).contains("2027-000001");
    assertThat(proposal.planId()).contains(5L);
    assertThat(proposal.evaluatedBy()).isEqualTo("handler");
  }

  @Test
  void duplicatesMergeIntoASurvivingProposalOfTheSameRoundWithoutCycles() {
    SolicitationRound round = round(1);
    Proposal first = proposal(round, 10, OPENS);
    Proposal second = proposal(round, 11, OPENS);
    Proposal third = proposal(round, 12, OPENS);
    Proposal elsewhere = proposal(round(2), 20, OPENS);

    assertThatThrownBy(() -> first.mergeInto(first, null, "h", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("planning.proposal.merge-self"));
    assertThatThrownBy(() -> first.mergeInto(elsewhere, null, "h", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("planning.proposal.merge-other-round"));

    second.mergeInto(first, "与第10号建议相同", "h", NOW);
    assertThat(second.state()).isEqualTo(ProposalState.MERGED);
    assertThat(second.mergedIntoId()).contains(10L);

    // Into a merged one: refused, so that first -> second -> first can never happen.
    assertThatThrownBy(() -> third.mergeInto(second, null, "h", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("planning.proposal.merge-into-merged"));
    assertThatThrownBy(() -> second.mergeInto(third, null, "h", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    third.mergeInto(first, null, "h", NOW);
    assertThat(third.mergedIntoId()).contains(10L);
    assertThat(first.state()).isEqualTo(ProposalState.RECEIVED);
  }

  @Test
  void auditValuesCarryTheContactMaskedOnly() {
    SolicitationRound round = round(1);
    Proposal proposal =
        Proposal.receive(
            round,
            new Proposal.Submission(
                TaskSource.HOTLINE_12345,
                null,
                "加装电梯",
                null,
                CitizenContact.of("王小明", "13912345678", null).orElseThrow(),
                OPENS),
            DISTRICT,
            "clerk",
            NOW);
    assertThat(proposal.auditValues().get("contact")).isEqualTo("王** 139****5678");
    assertThat(proposal.auditValues().toString()).doesNotContain("13912345678");
  }
}
