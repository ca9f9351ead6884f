package cn.finegov.kernel.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.module.SettingDefinition;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.attachment.ContentTypes;
import cn.finegov.kernel.domain.model.notification.DeliveryStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundle of attachments and notifications ({@code cn.finegov.kernel.files.messages}). */
class FilesMessagesTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        FilesMessagesTest.class.getResourceAsStream("/cn/finegov/kernel/files/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void chineseAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(load("messages_en.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
  }

  @Test
  void textsWithArgumentsAreValidPatternsWithoutLoneApostrophes() throws IOException {
    for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
      Properties texts = load(file);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        if (ARGUMENT.matcher(text).find()) {
          new MessageFormat(text, Locale.ROOT);
          assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
        }
      }
    }
  }

  @Test
  void everyAttachmentAndNotificationSettingHasANameInBothLanguages() throws IOException {
    Properties zh = load("messages.properties");
    Properties en = load("messages_en.properties");
    for (SettingDefinition setting : new KernelModule().settings()) {
      if (setting.key().startsWith("attachments.") || setting.key().startsWith("notifications.")) {
        assertThat(zh.getProperty("setting.kernel." + setting.key()))
            .as(setting.key())
            .isNotBlank();
        assertThat(en.getProperty("setting.kernel." + setting.key()))
            .as(setting.key())
            .isNotBlank();
      }
    }
  }

  @Test
  void everyStateChannelCategoryAndDetectedTypeHasALabel() throws Exception {
    Properties zh = load("messages.properties");
    for (DeliveryStatus status : DeliveryStatus.values()) {
      assertThat(zh).containsKey("notification.delivery.status." + status.name());
    }
    for (String channel : new String[] {"IN_APP", "EMAIL", "SMS"}) {
      assertThat(zh).containsKey("notification.channel." + channel);
    }
    new KernelNotificationCategories()
        .categories()
        .forEach(category -> assertThat(zh).containsKey(category.nameKey()));
    for (Field field : ContentTypes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        assertThat(zh).containsKey("attachment.type." + field.get(null));
      }
    }
  }
}
