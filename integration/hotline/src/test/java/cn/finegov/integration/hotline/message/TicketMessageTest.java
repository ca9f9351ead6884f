package cn.finegov.integration.hotline.message;

import static cn.finegov.integration.hotline.message.TicketJson.caller;
import static cn.finegov.integration.hotline.message.TicketJson.text;
import static cn.finegov.integration.hotline.message.TicketJson.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import cn.finegov.integration.hotline.ticket.RequestType;
import cn.finegov.integration.hotline.ticket.TicketChannel;
import cn.finegov.kernel.api.error.DomainException;
import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TicketMessageTest {

  private static final String REQUIRED = "hotline.message.required";
  private static final String INVALID = "hotline.message.invalid";

  @Test
  void aCompleteTicketIsReadWithAllItsValues() {
    TicketMessage ticket = TicketMessage.parse(text(ticket()));

    assertThat(ticket.ticketNo()).isEqualTo("12345-20261123-000017");
    assertThat(ticket.receivedAt()).isEqualTo(Instant.parse("2026-11-23T01:15:02Z"));
    assertThat(ticket.channel()).isEqualTo(TicketChannel.DH);
    assertThat(ticket.requestType()).isEqualTo(RequestType.TS);
    assertThat(ticket.hotlineCategory()).isEqualTo("1101");
    assertThat(ticket.urgent()).isTrue();
    assertThat(ticket.callerName()).isEqualTo("张三");
    assertThat(ticket.callerPhone()).isEqualTo("13812341234");
    assertThat(ticket.anonymous()).isFalse();
    assertThat(ticket.keepConfidential()).isTrue();
    assertThat(ticket.address()).isEqualTo("滨江区临港街道海港路18号");
    assertThat(ticket.longitude()).isEqualTo(120.1234);
    assertThat(ticket.latitude()).isEqualTo(30.2345);
    assertThat(ticket.content()).isEqualTo(TicketJson.CONTENT);
    assertThat(ticket.repeatOf()).isEqualTo("12345-20261120-000003");
    assertThat(ticket.handleDays()).isEqualTo(10);
  }

  @Test
  void optionalFieldsMayBeLeftOutOrNull() {
    String json =
        text(
            ticket()
                .remove("jjcd")
                .remove("jd")
                .remove("wd")
                .addNull("cfgd")
                .remove("blsx")
                .add("ldr", caller().remove("bm")));

    TicketMessage ticket = TicketMessage.parse(json);

    assertThat(ticket.urgent()).isFalse();
    assertThat(ticket.longitude()).isNull();
    assertThat(ticket.latitude()).isNull();
    assertThat(ticket.repeatOf()).isNull();
    assertThat(ticket.handleDays()).isNull();
    assertThat(ticket.keepConfidential()).isFalse();
  }

  @Test
  void everyChannelAndRequestTypeOfTheProtocolIsKnown() {
    for (String channel : new String[] {"DH", "WZ", "WX", "APP", "YJ"}) {
      assertThat(TicketMessage.parse(text(ticket().add("qd", channel))).channel().name())
          .isEqualTo(channel);
    }
    for (String type : new String[] {"ZX", "QZ", "TS", "JB", "JY", "BY"}) {
      assertThat(TicketMessage.parse(text(ticket().add("sqlx", type))).requestType().name())
          .isEqualTo(type);
    }
    assertThat(TicketMessage.parse(text(ticket().add("jjcd", "PT"))).urgent()).isFalse();
  }

  @Test
  void textIsStrippedAndPhonesMayBeLandlinesOrHaveSpaces() {
    TicketMessage spaced =
        TicketMessage.parse(
            text(
                ticket()
                    .add("gdbh", "  12345-20261123-000017 ")
                    .add("ldr", caller().add("dh", "138 1234 1234"))));
    TicketMessage landline =
        TicketMessage.parse(text(ticket().add("ldr", caller().add("dh", "0571-88001234"))));
    TicketMessage asNumber =
        TicketMessage.parse(text(ticket().add("ldr", caller().add("dh", 13812341234L))));

    assertThat(spaced.ticketNo()).isEqualTo("12345-20261123-000017");
    assertThat(spaced.callerPhone()).isEqualTo("13812341234");
    assertThat(landline.callerPhone()).isEqualTo("0571-88001234");
    assertThat(asNumber.callerPhone()).isEqualTo("13812341234");
  }

  @Test
  void anAnonymousTicketKeepsNeitherNameNorPhone() {
    TicketMessage withData =
        TicketMessage.parse(text(ticket().add("ldr", caller().add("nm", true))));
    TicketMessage without =
        TicketMessage.parse(
            text(ticket().add("ldr", Json.createObjectBuilder().add("nm", true).add("bm", false))));

    assertThat(withData.anonymous()).isTrue();
    assertThat(withData.callerName()).isNull();
    assertThat(withData.callerPhone()).isNull();
    assertThat(without.anonymous()).isTrue();
    assertThat(without.callerName()).isNull();
    assertThat(without.callerPhone()).isNull();
  }

  @Test
  void contentOfExactly4000CharactersIsTaken() {
    String content = "灯".repeat(TicketMessage.CONTENT_MAX);

    assertThat(TicketMessage.parse(text(ticket().add("nr", content))).content())
        .hasSize(4000)
        .isEqualTo(content);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments(
            "not JSON",
            "{\"gdbh\": \"12345-20261123-000017\", \"nr\": ",
            "hotline.message.not-json",
            null),
        arguments("empty", "  ", "hotline.message.not-json", null),
        arguments("an array", "[1, 2]", "hotline.message.not-object", null),
        arguments("a string", "\"工单\"", "hotline.message.not-object", null),
        arguments("gdbh missing", text(ticket().remove("gdbh")), REQUIRED, "gdbh"),
        arguments("gdbh blank", text(ticket().add("gdbh", "   ")), REQUIRED, "gdbh"),
        arguments("gdbh with a space", text(ticket().add("gdbh", "12345 2026")), INVALID, "gdbh"),
        arguments("gdbh too short", text(ticket().add("gdbh", "12345")), INVALID, "gdbh"),
        arguments("gdbh too long", text(ticket().add("gdbh", "1".repeat(41))), INVALID, "gdbh"),
        arguments(
            "gdbh an object",
            text(ticket().add("gdbh", Json.createObjectBuilder().add("no", 1))),
            INVALID,
            "gdbh"),
        arguments("slsj missing", text(ticket().remove("slsj")), REQUIRED, "slsj"),
        arguments("slsj yesterday", text(ticket().add("slsj", "yesterday")), INVALID, "slsj"),
        arguments(
            "slsj without offset",
            text(ticket().add("slsj", "2026-11-23T09:15:02")),
            INVALID,
            "slsj"),
        arguments("qd missing", text(ticket().remove("qd")), REQUIRED, "qd"),
        arguments("qd unknown", text(ticket().add("qd", "FAX")), INVALID, "qd"),
        arguments("sqlx unknown", text(ticket().add("sqlx", "XX")), INVALID, "sqlx"),
        arguments("sqlx lower case", text(ticket().add("sqlx", "ts")), INVALID, "sqlx"),
        arguments("jjcd unknown", text(ticket().add("jjcd", "HIGH")), INVALID, "jjcd"),
        arguments("flbm missing", text(ticket().remove("flbm")), REQUIRED, "flbm"),
        arguments("flbm with a dot", text(ticket().add("flbm", "03.01")), INVALID, "flbm"),
        arguments("flbm too long", text(ticket().add("flbm", "1".repeat(21))), INVALID, "flbm"),
        arguments("ldr missing", text(ticket().remove("ldr")), REQUIRED, "ldr"),
        arguments("ldr a string", text(ticket().add("ldr", "张三")), INVALID, "ldr"),
        arguments(
            "phone 12ab",
            text(ticket().add("ldr", caller().add("dh", "12ab"))),
            "hotline.message.invalid-phone",
            "ldr.dh"),
        arguments(
            "phone of 10 digits",
            text(ticket().add("ldr", caller().add("dh", "1381234123"))),
            "hotline.message.invalid-phone",
            "ldr.dh"),
        arguments(
            "named caller without phone",
            text(ticket().add("ldr", caller().remove("dh"))),
            REQUIRED,
            "ldr.dh"),
        arguments(
            "nm not a boolean",
            text(ticket().add("ldr", caller().add("nm", "yes"))),
            INVALID,
            "nm"),
        arguments("dz missing", text(ticket().remove("dz")), REQUIRED, "dz"),
        arguments("nr missing", text(ticket().remove("nr")), REQUIRED, "nr"),
        arguments(
            "nr of 4001 characters",
            text(ticket().add("nr", "灯".repeat(4001))),
            "hotline.message.too-long",
            "nr"),
        arguments("jd without wd", text(ticket().remove("wd")), INVALID, "jd/wd"),
        arguments("wd without jd", text(ticket().remove("jd")), INVALID, "jd/wd"),
        arguments("jd beyond 180", text(ticket().add("jd", 180.5)), INVALID, "jd/wd"),
        arguments("wd beyond -90", text(ticket().add("wd", -90.5)), INVALID, "jd/wd"),
        arguments("jd as text", text(ticket().add("jd", "120.1")), INVALID, "jd"),
        arguments("blsx negative", text(ticket().add("blsx", -1)), INVALID, "blsx"),
        arguments("blsx a fraction", text(ticket().add("blsx", 2.5)), INVALID, "blsx"),
        arguments("cfgd malformed", text(ticket().add("cfgd", "earlier one")), INVALID, "cfgd"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aMalformedTicketIsRejectedNamingTheField(
      String what, String json, String key, String field) {
    InvalidMessageException refusal =
        catchThrowableOfType(InvalidMessageException.class, () -> TicketMessage.parse(json));

    assertThat(refusal).as(what).isNotNull();
    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.INVALID);
    assertThat(refusal.messageKey()).isEqualTo(key);
    if (field == null) {
      assertThat(refusal.arguments()).isEmpty();
    } else {
      assertThat(refusal.arguments()).isNotEmpty();
      assertThat(refusal.arguments()[0]).isEqualTo(field);
    }
  }

  @Test
  void tooLongContentNamesTheLimit() {
    InvalidMessageException refusal =
        catchThrowableOfType(
            InvalidMessageException.class,
            () -> TicketMessage.parse(text(ticket().add("nr", "x".repeat(4001)))));

    assertThat(refusal.arguments()).containsExactly("nr", 4000);
  }

  @Test
  void theTicketNumberIsReadFromAnyMessageThatHasAWellFormedOne() {
    assertThat(TicketMessage.ticketNoOf(text(ticket()))).isEqualTo(TicketJson.TICKET_NO);
    assertThat(TicketMessage.ticketNoOf(text(ticket().remove("nr"))))
        .as("malformed elsewhere")
        .isEqualTo(TicketJson.TICKET_NO);
    assertThat(TicketMessage.ticketNoOf(text(ticket().add("gdbh", "no good")))).isNull();
    assertThat(TicketMessage.ticketNoOf(text(ticket().remove("gdbh")))).isNull();
    assertThat(TicketMessage.ticketNoOf("{\"gdbh\": \"12345-20261123-000017\"")).isNull();
    assertThat(TicketMessage.ticketNoOf("[]")).isNull();
    assertThat(TicketMessage.ticketNoOf(null)).isNull();
  }

  @Test
  void everyReasonOfARejectionHasAChineseAndAnEnglishText() throws IOException {
    Properties chinese = bundle("messages.properties");
    Properties english = bundle("messages_en.properties");

    for (String key :
        new String[] {
          "hotline.message.not-json",
          "hotline.message.not-object",
          REQUIRED,
          INVALID,
          "hotline.message.too-long",
          "hotline.message.invalid-phone"
        }) {
      assertThat(chinese.getProperty(key)).as(key).isNotBlank();
      assertThat(english.getProperty(key)).as(key).isNotBlank();
    }
  }

  static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        TicketMessageTest.class.getResourceAsStream("/cn/finegov/integration/hotline/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
