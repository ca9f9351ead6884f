package cn.finegov.integration.runtime.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

  private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final Instant T2 = T0.plusSeconds(120);
  private static final Instant T3 = T0.plusSeconds(180);

  private static DeadLetter letter() {
    return new DeadLetter(
        "egov-orgsync",
        "egov-orgsync-parse",
        "directory.csv",
        "第 3 行",
        "机构代码,机构名称",
        "{\"GovernanceSource\":\"directory.csv\"}",
        "direct:egov-orgsync-parse",
        "egov-orgsync:file:abc",
        T0);
  }

  private static DeadLetter failedLetter() {
    DeadLetter letter = letter();
    letter.failed("first reason", "java.lang.IllegalStateException", "trace 1", T0);
    return letter;
  }

  @Test
  void aNewDeadLetterKeepsWhatFailedAndIsOpenAfterItsFirstFailure() {
    DeadLetter letter = failedLetter();

    assertThat(letter.flow()).isEqualTo("egov-orgsync");
    assertThat(letter.routeId()).isEqualTo("egov-orgsync-parse");
    assertThat(letter.source()).isEqualTo("directory.csv");
    assertThat(letter.reference()).isEqualTo("第 3 行");
    assertThat(letter.body()).isEqualTo("机构代码,机构名称");
    assertThat(letter.replayTarget()).isEqualTo("direct:egov-orgsync-parse");
    assertThat(letter.dedupKey()).isEqualTo("egov-orgsync:file:abc");
    assertThat(letter.status()).isEqualTo(DeadLetterStatus.OPEN);
    assertThat(letter.failureCount()).isEqualTo(1);
    assertThat(letter.reason()).isEqualTo("first reason");
    assertThat(letter.exceptionType()).isEqualTo("java.lang.IllegalStateException");
    assertThat(letter.stackTrace()).isEqualTo("trace 1");
    assertThat(letter.firstFailedAt()).isEqualTo(T0);
    assertThat(letter.lastFailedAt()).isEqualTo(T0);
    assertThat(letter.replayCount()).isZero();
    assertThat(letter.closedAt()).isNull();
  }

  @Test
  void aDeadLetterNeedsAFlowAndEveryFailureAReason() {
    assertThatThrownBy(() -> new DeadLetter(null, null, null, null, null, null, null, null, T0))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("flow");
    assertThatThrownBy(() -> letter().failed(null, null, null, T0))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void aReplayMarksTheLetterReplayedAndCountsIt() {
    DeadLetter letter = failedLetter();

    letter.replayed("admin", T1);
    letter.replayed("root", T2);

    assertThat(letter.status()).isEqualTo(DeadLetterStatus.REPLAYED);
    assertThat(letter.replayCount()).isEqualTo(2);
    assertThat(letter.lastReplayedAt()).isEqualTo(T2);
    assertThat(letter.lastReplayedBy()).isEqualTo("root");
    assertThat(letter.failureCount()).isEqualTo(1);
  }

  @Test
  void aFurtherFailureReopensTheLetterCountsItAndKeepsTheLatestReason() {
    DeadLetter letter = failedLetter();
    letter.replayed("admin", T1);

    letter.failed("second reason", "java.io.IOException", "trace 2", T2);

    assertThat(letter.status()).isEqualTo(DeadLetterStatus.OPEN);
    assertThat(letter.failureCount()).isEqualTo(2);
    assertThat(letter.reason()).isEqualTo("second reason");
    assertThat(letter.exceptionType()).isEqualTo("java.io.IOException");
    assertThat(letter.stackTrace()).isEqualTo("trace 2");
    assertThat(letter.firstFailedAt()).isEqualTo(T0);
    assertThat(letter.lastFailedAt()).isEqualTo(T2);
    assertThat(letter.replayCount()).isEqualTo(1);
    assertThat(letter.lastReplayedBy()).isEqualTo("admin");
  }

  @Test
  void discardingClosesTheLetterWithWhoAndWhen() {
    DeadLetter letter = failedLetter();

    letter.discard("admin", T1);

    assertThat(letter.status()).isEqualTo(DeadLetterStatus.DISCARDED);
    assertThat(letter.closedBy()).isEqualTo("admin");
    assertThat(letter.closedAt()).isEqualTo(T1);
  }

  @Test
  void aDiscardedLetterIsNotReplayed() {
    DeadLetter letter = failedLetter();
    letter.discard("admin", T1);

    assertThatThrownBy(() -> letter.replayed("admin", T2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("discarded");
    assertThat(letter.status()).isEqualTo(DeadLetterStatus.DISCARDED);
    assertThat(letter.replayCount()).isZero();
    assertThat(letter.lastReplayedAt()).isNull();
  }

  @Test
  void aFailureAfterADiscardReopensTheLetterAndForgetsTheClosing() {
    DeadLetter letter = failedLetter();
    letter.discard("admin", T1);

    letter.failed("again", null, null, T3);

    assertThat(letter.status()).isEqualTo(DeadLetterStatus.OPEN);
    assertThat(letter.failureCount()).isEqualTo(2);
    assertThat(letter.closedAt()).isNull();
    assertThat(letter.closedBy()).isNull();
    assertThat(letter.exceptionType()).isNull();
  }

  @Test
  void refreshedContentReplacesBodyHeadersSourceAndTargetButKeepsTheIdentity() {
    DeadLetter letter = failedLetter();

    letter.refreshContent("new body", "{}", "directory-2.csv", "inbox:egov-orgsync");

    assertThat(letter.body()).isEqualTo("new body");
    assertThat(letter.headers()).isEqualTo("{}");
    assertThat(letter.source()).isEqualTo("directory-2.csv");
    assertThat(letter.replayTarget()).isEqualTo("inbox:egov-orgsync");
    assertThat(letter.dedupKey()).isEqualTo("egov-orgsync:file:abc");
    assertThat(letter.flow()).isEqualTo("egov-orgsync");
  }

  @Test
  void aLongReasonIsCutToTheColumnWithAnEllipsis() {
    String reason = "原因".repeat(1500);
    DeadLetter letter = letter();

    letter.failed(reason, "x".repeat(250), null, T0);

    assertThat(letter.reason())
        .hasSize(DeadLetter.MAX_REASON)
        .startsWith(reason.substring(0, DeadLetter.MAX_REASON - 1))
        .endsWith("…");
    assertThat(letter.exceptionType()).hasSize(200).endsWith("x…");
  }

  @Test
  void aReasonThatFitsIsKeptAsItIs() {
    String reason = "r".repeat(DeadLetter.MAX_REASON);
    DeadLetter letter = letter();

    letter.failed(reason, null, null, T0);

    assertThat(letter.reason()).isEqualTo(reason);
  }

  @Test
  void longSourceRouteReferenceTargetAndDedupKeyAreCutWithAnEllipsis() {
    String source = "s".repeat(301);
    DeadLetter letter =
        new DeadLetter(
            "flow",
            "r".repeat(101),
            source,
            "f".repeat(201),
            "body",
            null,
            "t".repeat(500),
            "k".repeat(300),
            T0);

    assertThat(letter.source()).hasSize(300).isEqualTo("s".repeat(299) + "…");
    assertThat(letter.routeId()).hasSize(100).endsWith("…");
    assertThat(letter.reference()).hasSize(200).endsWith("…");
    assertThat(letter.replayTarget()).hasSize(200).endsWith("…");
    assertThat(letter.dedupKey()).isEqualTo("k".repeat(300));

    letter.refreshContent("body", null, "n".repeat(400), null);
    assertThat(letter.source()).hasSize(300).endsWith("n…");
    assertThat(letter.replayTarget()).isNull();
  }
}
