package cn.finegov.planning.domain.model.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.planning.domain.model.task.UnitRef;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicOpinionTest {

  static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");
  static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);
  static final LocalDate DUE = LocalDate.of(2026, 11, 20);
  static final UnitRef DISTRICT = new UnitRef(7, "990102", "/1/7/");
  static final UnitRef STREET = new UnitRef(9, "990102001", "/1/7/9/");

  static PublicOpinion opinion() {
    return PublicOpinion.receive(
        new PublicOpinion.Submission(OpinionChannel.LETTER, " 建议增设公交站 ", "内容", null, RECEIVED),
        DISTRICT,
        new PublicOpinion.Deadline(15, DUE, "自2026-11-02起15个工作日"),
        RECEIVED,
        "clerk",
        NOW);
  }

  @Test
  void unansweredAfterItsLastDayIsOverdueAndAnsweredIsNot() {
    PublicOpinion opinion = opinion();
    assertThat(opinion.subject()).isEqualTo("建议增设公交站");
    assertThat(opinion.state()).isEqualTo(OpinionState.ASSIGNED);
    assertThat(opinion.overdueOn(DUE)).as("the last day still counts").isFalse();
    assertThat(opinion.overdueOn(DUE.plusDays(1))).isTrue();

    opinion.takeUp();
    assertThat(opinion.overdueOn(DUE.plusDays(1))).isTrue();
    opinion.answer("已转交交通部门研究，拟于明年增设。", DUE.plusDays(2), "handler", NOW);
    assertThat(opinion.state()).isEqualTo(OpinionState.ANSWERED);
    assertThat(opinion.overdueOn(DUE.plusDays(5))).isFalse();
    assertThat(opinion.answeredLate()).isTrue();
  }

  @Test
  void answeredInTimeIsNotLate() {
    PublicOpinion opinion = opinion();
    opinion.answer("已研究采纳。", DUE, "handler", NOW);
    assertThat(opinion.answeredLate()).isFalse();
  }

  @Test
  void theAnswerIsRequiredAndFinal() {
    PublicOpinion opinion = opinion();
    assertThatThrownBy(() -> opinion.answer(" ", DUE, "handler", NOW))
        .isInstanceOf(ValidationException.class);
    opinion.answer("答复", DUE, "handler", NOW);
    assertThatThrownBy(() -> opinion.answer("再答复", DUE, "handler", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    assertThatThrownBy(() -> opinion.reassign(STREET)).isInstanceOf(DomainException.class);
  }

  @Test
  void reassigningHandsItOverToBeTakenUpAgain() {
    PublicOpinion opinion = opinion();
    opinion.takeUp();
    assertThatThrownBy(opinion::takeUp).isInstanceOf(DomainException.class);
    opinion.reassign(STREET);
    assertThat(opinion.unit()).isEqualTo(STREET);
    assertThat(opinion.state()).isEqualTo(OpinionState.ASSIGNED);
    assertThat(opinion.dueDate()).isEqualTo(DUE);
    assertThatThrownBy(() -> opinion.reassign(STREET))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("planning.opinion.same-unit"));
  }

  @Test
  void aDayInTheFutureOrNoSubjectIsRefused() {
    assertThatThrownBy(
            () ->
                PublicOpinion.receive(
                    new PublicOpinion.Submission(
                        OpinionChannel.EMAIL, " ", null, null, RECEIVED.plusDays(1)),
                    DISTRICT,
                    new PublicOpinion.Deadline(15, DUE, null),
                    RECEIVED,
                    "clerk",
                    NOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(error -> error.field())
                    .containsExactly("subject", "receivedOn"));
  }
}
