package cn.finegov.kernel.infrastructure.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.i18n.MessageSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BundleMessageSourceTest {

  private static final String KERNEL = "cn.finegov.kernel.messages";
  private static final String TEST = "cn.finegov.kernel.testmessages";

  private final MessageSource kernel = new BundleMessageSource(List.of(KERNEL));
  private final MessageSource messages = new BundleMessageSource(List.of(TEST, KERNEL));

  @Test
  void chineseIsTheDefaultLanguage() {
    assertThat(kernel.get(MessageSource.CHINESE, "app.name")).isEqualTo("城市精细化治理平台");
    assertThat(kernel.get(null, "app.name")).isEqualTo("城市精细化治理平台");
    assertThat(kernel.get(Locale.FRENCH, "app.name")).isEqualTo("城市精细化治理平台");
    assertThat(kernel.get(Locale.TRADITIONAL_CHINESE, "app.name")).isEqualTo("城市精细化治理平台");
  }

  @Test
  void englishIsServedToEnglishReaders() {
    assertThat(kernel.get(Locale.ENGLISH, "app.name")).isEqualTo("City Governance Platform");
    assertThat(kernel.get(Locale.US, "app.name")).isEqualTo("City Governance Platform");
    assertThat(kernel.get(Locale.UK, "shell.logout")).isEqualTo("Sign out");
  }

  @Test
  void theServerDefaultLocaleDoesNotDecideTheLanguage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(kernel.get(MessageSource.CHINESE, "shell.logout")).isEqualTo("退出");
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(kernel.get(Locale.ENGLISH, "shell.logout")).isEqualTo("Sign out");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void argumentsAreFormattedInBothLanguages() {
    assertThat(kernel.get(Locale.ENGLISH, "unit.code.taken", "990102"))
        .isEqualTo("Unit code 990102 is already in use.");
    assertThat(kernel.get(MessageSource.CHINESE, "unit.code.taken", "990102"))
        .isEqualTo("单位代码 990102 已被使用。");
    assertThat(messages.get(Locale.ENGLISH, "test.greeting", "Zhang San"))
        .isEqualTo("Hello, Zhang San");
    assertThat(messages.get(MessageSource.CHINESE, "test.greeting", "张三")).isEqualTo("张三，您好");
  }

  @Test
  void aKeyMissingInEnglishFallsBackToChinese() {
    assertThat(messages.get(Locale.ENGLISH, "test.only-chinese")).isEqualTo("只有中文");
    assertThat(messages.get(Locale.ENGLISH, "test.greeting", "x")).isEqualTo("Hello, x");
  }

  @Test
  void aKeyMissingEverywhereIsShownInBrackets() {
    assertThat(messages.get(Locale.ENGLISH, "no.such.key")).isEqualTo("[no.such.key]");
    assertThat(messages.get(MessageSource.CHINESE, "no.such.key", 1, 2)).isEqualTo("[no.such.key]");
  }

  @Test
  void aMissingBundleIsSkipped() {
    MessageSource withGap = new BundleMessageSource(List.of("cn.finegov.nothing.messages", KERNEL));
    assertThat(withGap.get(Locale.ENGLISH, "shell.logout")).isEqualTo("Sign out");
    assertThat(withGap.contains("shell.logout")).isTrue();
  }

  @Test
  void theFirstBundleDefiningAKeyWins() {
    assertThat(messages.get(MessageSource.CHINESE, "app.name")).isEqualTo("测试覆盖");
    assertThat(
            new BundleMessageSource(List.of(KERNEL, TEST)).get(MessageSource.CHINESE, "app.name"))
        .isEqualTo("城市精细化治理平台");
  }

  @Test
  void textsWithoutArgumentsAreNotRunThroughMessageFormat() {
    assertThat(messages.get(Locale.ENGLISH, "test.apostrophe.plain"))
        .isEqualTo("Don't worry, it's fine");
    assertThat(messages.get(Locale.ENGLISH, "test.apostrophe.plain", new Object[0]))
        .isEqualTo("Don't worry, it's fine");
    assertThat(messages.get(Locale.ENGLISH, "test.apostrophe.plain", (Object[]) null))
        .isEqualTo("Don't worry, it's fine");
    assertThat(messages.get(Locale.ENGLISH, "test.greeting")).isEqualTo("Hello, {0}");
  }

  @Test
  void textsWithArgumentsFollowMessageFormatQuoting() {
    assertThat(messages.get(Locale.ENGLISH, "test.apostrophe.formatted", "the meeting"))
        .isEqualTo("Don't forget the meeting");
  }

  @Test
  void numbersAreFormattedForTheLanguage() {
    assertThat(messages.get(Locale.ENGLISH, "test.number", 12500))
        .isEqualTo("There are 12,500 units");
  }

  @Test
  void messageKeyArgumentsAreResolvedInTheSameLanguage() {
    Object[] types = {new MessageKey("unit.type.COMMUNITY"), new MessageKey("unit.type.DISTRICT")};

    assertThat(kernel.get(Locale.ENGLISH, "unit.placement.parent", types))
        .isEqualTo("A unit of type Community cannot be placed under a unit of type District.");
    assertThat(kernel.get(MessageSource.CHINESE, "unit.placement.parent", types))
        .isEqualTo("社区（村）不能设在区（县）之下。");
    assertThat(messages.get(Locale.US, "test.placed", types))
        .isEqualTo("Community is placed under District");
  }

  @Test
  void anUnknownMessageKeyArgumentShowsInBrackets() {
    assertThat(messages.get(Locale.ENGLISH, "test.greeting", new MessageKey("no.such.type")))
        .isEqualTo("Hello, [no.such.type]");
  }

  @Test
  void containsTellsWhetherAnyBundleDefinesTheKey() {
    assertThat(messages.contains("test.only-chinese")).isTrue();
    assertThat(messages.contains("field.name")).isTrue();
    assertThat(messages.contains("field.colour")).isFalse();
    assertThat(kernel.contains("test.greeting")).isFalse();
  }

  @Test
  void describeListsEveryInvalidFieldWithItsNameAndReason() {
    ValidationException invalid =
        new ValidationException(
            List.of(
                new FieldError("name", "validation.required"),
                new FieldError("shortName", "validation.too-long", 50),
                new FieldError("colour", "validation.required")));

    assertThat(kernel.describe(Locale.ENGLISH, invalid))
        .isEqualTo(
            "The input has 3 error(s). Name: Required.; Short name: At most 50 characters.;"
                + " colour: Required.");
    assertThat(kernel.describe(MessageSource.CHINESE, invalid))
        .isEqualTo("输入有 3 处错误。 名称: 必填。; 简称: 长度不能超过 50 个字符。; colour: 必填。");
  }

  @Test
  void describeResolvesMessageKeyArgumentsOfFieldErrors() {
    ValidationException invalid =
        ValidationException.of("type", "unit.type.unknown", new MessageKey("unit.type.TOWN"));
    assertThat(kernel.describe(Locale.ENGLISH, invalid))
        .isEqualTo("The input has 1 error(s). Type: Unknown unit type \"Town\".");
  }

  @Test
  void describeOfAnotherRefusalIsItsReasonAlone() {
    DomainException conflict = DomainException.conflict("unit.code.taken", "990102");
    assertThat(kernel.describe(Locale.ENGLISH, conflict))
        .isEqualTo("Unit code 990102 is already in use.");
  }

  @Test
  void everyKernelTextExistsInBothLanguages() throws IOException {
    Properties chinese = load("/cn/finegov/kernel/messages.properties");
    Properties english = load("/cn/finegov/kernel/messages_en.properties");

    assertThat(chinese).isNotEmpty();
    assertThat(english.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
  }

  @Test
  void everyKernelTextWithArgumentsIsAValidPatternWithoutLoneApostrophes() throws IOException {
    for (String file :
        Set.of(
            "/cn/finegov/kernel/messages.properties",
            "/cn/finegov/kernel/messages_en.properties")) {
      Properties texts = load(file);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        if (text.contains("{")) {
          assertThat(text.replace("''", "")).as("%s in %s", key, file).doesNotContain("'");
          String formatted =
              new MessageFormat(text, Locale.ROOT).format(new Object[] {"A", "B", "C", "D"});
          assertThat(formatted).as("%s in %s", key, file).doesNotContain("{");
        }
      }
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundleMessageSourceTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }
}
