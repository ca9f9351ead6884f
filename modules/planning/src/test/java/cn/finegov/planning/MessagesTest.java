package cn.finegov.planning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.module.SettingDefinition;
import cn.finegov.kernel.api.notification.NotificationCategory;
import cn.finegov.planning.domain.model.plan.PlanAction;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanState;
import cn.finegov.planning.domain.model.task.DelayState;
import cn.finegov.planning.domain.model.task.TaskAction;
import cn.finegov.planning.domain.model.task.TaskPriority;
import cn.finegov.planning.domain.model.task.TaskSource;
import cn.finegov.planning.domain.model.task.TaskState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Chinese and English texts have the same keys; every state, step, level, source, priority,
 * permission, setting and notice category has a name; texts with arguments keep their apostrophes.
 */
class MessagesTest {

  private static Properties bundle(String name) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/cn/finegov/planning/" + name)) {
      assertThat(in).as(name).isNotNull();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Properties zh = bundle("messages.properties");
    Properties en = bundle("messages_en.properties");

    assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
    assertThat(zh.stringPropertyNames())
        .allSatisfy(key -> assertThat(zh.getProperty(key)).isNotBlank());
  }

  @Test
  void everyNamedThingHasAName() throws IOException {
    List<String> keys = new ArrayList<>();
    for (PlanLevel value : PlanLevel.values()) {
      keys.add(value.label().key());
    }
    for (PlanState value : PlanState.values()) {
      keys.add(value.label().key());
    }
    for (PlanAction value : PlanAction.values()) {
      keys.add(value.label().key());
    }
    for (TaskState value : TaskState.values()) {
      keys.add(value.label().key());
    }
    for (TaskAction value : TaskAction.values()) {
      keys.add(value.label().key());
    }
    for (TaskSource value : TaskSource.values()) {
      keys.add(value.label().key());
    }
    for (TaskPriority value : TaskPriority.values()) {
      keys.add(value.label().key());
    }
    for (DelayState value : DelayState.values()) {
      keys.add(value.label().key());
    }
    PlanningModule module = new PlanningModule();
    keys.add(module.nameKey());
    module.permissions().stream().map(PermissionDefinition::nameKey).forEach(keys::add);
    for (SettingDefinition setting : module.settings()) {
      keys.add("setting.planning." + setting.key());
    }
    module.categories().stream().map(NotificationCategory::nameKey).forEach(keys::add);
    keys.add("planning.request.delay");
    keys.add("planning.request.close-out");

    Properties zh = bundle("messages.properties");
    assertThat(keys).allSatisfy(key -> assertThat(zh).containsKey(key));
  }

  @Test
  void theModuleDeclaresItsPermissionsSettingsAndSchema() {
    PlanningModule module = new PlanningModule();
    assertThat(module.key()).isEqualTo("planning");
    assertThat(module.permissions())
        .extracting(PermissionDefinition::key)
        .containsExactlyElementsOf(PlanningModule.PERMISSIONS)
        .allMatch(key -> key.startsWith("planning."));
    assertThat(module.defaultGrants().values())
        .allSatisfy(granted -> assertThat(PlanningModule.PERMISSIONS).containsAll(granted));
    assertThat(module.settings())
        .extracting(SettingDefinition::key)
        .contains("plan.due.city", "plan.due.district", "task.warn-at-percent");
    assertThat(module.schema().orElseThrow().tablePrefix()).isEqualTo("pln_");
  }

  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

  @Test
  void textsWithArgumentsFormatWithTheirApostrophes() throws IOException {
    for (String name : List.of("messages.properties", "messages_en.properties")) {
      Properties texts = bundle(name);
      for (String key : texts.stringPropertyNames()) {
        String pattern = texts.getProperty(key);
        if (!ARGUMENT.matcher(pattern).find()) {
          continue;
        }
        String formatted = new MessageFormat(pattern).format(new Object[] {"A", "B", "C", "D"});
        assertThat(formatted).as("%s %s", name, key).doesNotContain("{");
        if (pattern.contains("'")) {
          assertThat(formatted).as("%s %s keeps its apostrophes", name, key).contains("'");
        }
      }
    }
  }
}
