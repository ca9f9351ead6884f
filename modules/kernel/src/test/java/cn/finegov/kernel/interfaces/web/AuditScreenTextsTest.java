package cn.finegov.kernel.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.domain.model.audit.AuditVerification;
import cn.finegov.kernel.domain.model.audit.ChainBreak;
import cn.finegov.kernel.infrastructure.i18n.BundleMessageSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text of the audit screen exists in Chinese and English: the audit bundle has the same keys
 * in both languages, every key the view names is found, every problem and trigger has a text.
 */
class AuditScreenTextsTest {

  private static final String AUDIT = "cn/finegov/kernel/audit/messages";
  private final MessageSource messages =
      new BundleMessageSource(
          List.of("cn.finegov.kernel.messages", "cn.finegov.kernel.audit.messages"));

  @Test
  void theAuditBundleHasTheSameKeysInBothLanguages() throws IOException {
    Set<String> chinese = load(AUDIT + ".properties").stringPropertyNames();
    Set<String> english = load(AUDIT + "_en.properties").stringPropertyNames();

    assertThat(new TreeSet<>(english)).isEqualTo(new TreeSet<>(chinese));
    assertThat(chinese)
        .contains(
            "setting.kernel.audit.hash-algorithm",
            "setting.kernel.audit.retention-days",
            "audit.purge.too-young");
  }

  @Test
  void everyKeyTheViewNamesHasATextInBothLanguages() throws IOException {
    String view;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("META-INF/resources/kernel/audit/entries.xhtml")) {
      assertThat(in).isNotNull();
      view = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher keys = Pattern.compile("msg(?:\\.format\\(|\\[)'([a-z0-9.\\-]+)'").matcher(view);
    Set<String> named = new TreeSet<>();
    while (keys.find()) {
      named.add(keys.group(1));
    }

    assertThat(named).hasSizeGreaterThan(20);
    for (String key : named) {
      if (key.endsWith(".")) {
        continue; // a prefix completed in the view (trigger names)
      }
      assertThat(messages.contains(key)).as(key).isTrue();
      assertThat(messages.get(Locale.ENGLISH, key)).as(key).doesNotStartWith("[");
    }
  }

  @Test
  void everyProblemAndTriggerHasAText() {
    for (ChainBreak.Problem problem : ChainBreak.Problem.values()) {
      String key = "audit.problem." + problem.name();
      assertThat(messages.contains(key)).as(key).isTrue();
    }
    for (AuditVerification.Trigger trigger : AuditVerification.Trigger.values()) {
      assertThat(messages.contains("audit.verify.trigger." + trigger.name())).isTrue();
    }
    assertThat(messages.get(Locale.ENGLISH, "audit.verify.broken", "12", "345", "x"))
        .isEqualTo("The hash chain breaks at no. 12 (entry 345): x");
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        AuditScreenTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
