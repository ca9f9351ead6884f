package cn.finegov.kernel.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.calendar.DayType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The calendar's bundle: every key in both languages, every pattern with arguments valid. */
class CalendarMessagesTest {

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        CalendarMessagesTest.class.getResourceAsStream("/cn/finegov/kernel/calendar/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void chineseAndEnglishHaveTheSameKeys() throws IOException {
    Properties chinese = load("messages.properties");
    Properties english = load("messages_en.properties");
    assertThat(english.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    assertThat(chinese.stringPropertyNames())
        .contains("setting.kernel.calendar.office-hours", "permission.kernel.calendar.manage");
    for (DayType type : DayType.values()) {
      assertThat(chinese.getProperty(type.labelKey())).isNotBlank();
    }
  }

  @Test
  void patternsWithArgumentsAreValidAndHaveNoLoneApostrophes() throws IOException {
    for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
      Properties texts = load(file);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        if (text.contains("{0")) {
          new MessageFormat(text, Locale.ROOT);
          assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
        }
      }
    }
  }
}
