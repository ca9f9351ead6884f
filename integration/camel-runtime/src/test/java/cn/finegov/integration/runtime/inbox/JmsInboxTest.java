package cn.finegov.integration.runtime.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JmsInboxTest {

  @Test
  void javaIdentifiersAreJmsPropertyNames() {
    assertThat(JmsInbox.isPropertyName("GovernanceSource")).isTrue();
    assertThat(JmsInbox.isPropertyName("CamelFileName")).isTrue();
    assertThat(JmsInbox.isPropertyName("_private")).isTrue();
    assertThat(JmsInbox.isPropertyName("$dollar1")).isTrue();
    assertThat(JmsInbox.isPropertyName("x")).isTrue();
    assertThat(JmsInbox.isPropertyName("机构代码")).isTrue();
  }

  @Test
  void namesThatAreNotJavaIdentifiersAreRefused() {
    assertThat(JmsInbox.isPropertyName("Content-Type")).isFalse();
    assertThat(JmsInbox.isPropertyName("1stAttempt")).isFalse();
    assertThat(JmsInbox.isPropertyName("has space")).isFalse();
    assertThat(JmsInbox.isPropertyName("dotted.name")).isFalse();
    assertThat(JmsInbox.isPropertyName("-")).isFalse();
  }

  @Test
  void namesStartingWithJmsAreReservedForTheProvider() {
    assertThat(JmsInbox.isPropertyName("JMSCorrelationID")).isFalse();
    assertThat(JmsInbox.isPropertyName("JMSX_GroupID")).isFalse();
    assertThat(JmsInbox.isPropertyName("JMS")).isFalse();
    assertThat(JmsInbox.isPropertyName("JmsLike")).isTrue();
  }

  @Test
  void nullAndEmptyNamesAreRefused() {
    assertThat(JmsInbox.isPropertyName(null)).isFalse();
    assertThat(JmsInbox.isPropertyName("")).isFalse();
  }
}
