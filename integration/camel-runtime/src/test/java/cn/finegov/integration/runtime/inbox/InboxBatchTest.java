package cn.finegov.integration.runtime.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.integration.runtime.api.Inbox;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboxBatchTest {

  @Test
  void aBatchReadsBackAsItsMessagesInTheirOrder() {
    List<Inbox.Item> items =
        List.of(
            new Inbox.Item("12345-1", "{\"gdbh\": \"12345-1\", \"nr\": \"路灯不亮\"}"),
            new Inbox.Item("12345-2", "not json at all, \"quoted\"\n"));

    assertThat(InboxBatch.decode(InboxBatch.encode(items))).isEqualTo(items);
  }

  @Test
  void anEmptyBatchIsRefusedBothWays() {
    assertThatThrownBy(() -> InboxBatch.encode(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InboxBatch.decode("[]")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textThatIsNotABatchIsRefused() {
    assertThatThrownBy(() -> InboxBatch.decode("{\"id\": \"x\"}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InboxBatch.decode("[{\"id\": \"x\"}]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InboxBatch.decode(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
