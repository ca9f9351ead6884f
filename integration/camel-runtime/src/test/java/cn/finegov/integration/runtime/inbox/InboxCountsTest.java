package cn.finegov.integration.runtime.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InboxCountsTest {

  private final InboxCounts counts = new InboxCounts();

  @Test
  void whatIsQueuedWaitsUntilItIsTakenPerFlow() {
    counts.queued("hotline-tickets", 100);
    counts.queued("hotline-tickets", 1);
    counts.queued("egov-orgsync", 3);

    counts.taken("hotline-tickets", 100);

    assertThat(counts.waiting("hotline-tickets")).isEqualTo(1);
    assertThat(counts.waiting("egov-orgsync")).isEqualTo(3);
    assertThat(counts.waiting("hotline-visits")).isZero();
  }

  @Test
  void messagesQueuedBeforeTheServerStartedNeverMakeTheCountNegative() {
    counts.taken("hotline-tickets", 5);
    counts.queued("hotline-tickets", 2);

    assertThat(counts.waiting("hotline-tickets")).isEqualTo(2);
  }

  @Test
  void aSplitBatchCountsItsSingleMessagesOnceTheBatchIsTaken() {
    counts.queued("hotline-tickets", 3);
    counts.queued("hotline-tickets", 1);
    counts.queued("hotline-tickets", 1);
    counts.queued("hotline-tickets", 1);
    counts.taken("hotline-tickets", 3);

    assertThat(counts.waiting("hotline-tickets")).isEqualTo(3);
  }
}
