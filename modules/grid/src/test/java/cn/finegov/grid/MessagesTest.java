package cn.finegov.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.grid.domain.model.category.CaseStage;
import cn.finegov.grid.domain.model.gridcase.CaseAction;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The Chinese and English texts of the module have the same keys, and every state has a name. */
class MessagesTest {

  private static Properties bundle(String name) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/cn/finegov/grid/" + name)) {
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
  void everyStateActionAndStageHasAName() throws IOException {
    Properties zh = bundle("messages.properties");

    for (CaseState state : CaseState.values()) {
      assertThat(zh).containsKey("grid.state." + state.name());
    }
    for (CaseAction action : CaseAction.values()) {
      assertThat(zh).containsKey("grid.action." + action.name());
    }
    for (CaseStage stage : CaseStage.values()) {
      assertThat(zh).containsKey("grid.stage." + stage.name());
    }
  }
}
