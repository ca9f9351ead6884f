package cn.finegov.integration.hotline.message;

import static cn.finegov.integration.hotline.message.TicketJson.TICKET_NO;
import static cn.finegov.integration.hotline.message.TicketJson.text;
import static cn.finegov.integration.hotline.message.TicketJson.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import cn.finegov.integration.hotline.ticket.Satisfaction;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReturnVisitMessageTest {

  private static final String AT = "2026-11-24T15:00:00+08:00";

  @Test
  void aVisitIsReadWithItsValues() {
    ReturnVisitMessage visit = ReturnVisitMessage.parse(text(visit(TICKET_NO, AT, "MY")));

    assertThat(visit.ticketNo()).isEqualTo(TICKET_NO);
    assertThat(visit.visitedAt()).isEqualTo(Instant.parse("2026-11-24T07:00:00Z"));
    assertThat(visit.result()).isEqualTo(Satisfaction.SATISFIED);
    assertThat(visit.remark()).isEqualTo("路灯已修好");
  }

  @ParameterizedTest
  @CsvSource({
    "MY, SATISFIED",
    "JBMY, BASICALLY_SATISFIED",
    "BMY, DISSATISFIED",
    "WFLX, UNREACHABLE"
  })
  void everyResultCodeOfTheProtocolIsKnown(String code, Satisfaction expected) {
    assertThat(ReturnVisitMessage.parse(text(visit(TICKET_NO, AT, code))).result())
        .isEqualTo(expected);
    assertThat(expected.code()).isEqualTo(code);
  }

  @Test
  void theRemarkIsOptional() {
    assertThat(ReturnVisitMessage.parse(text(visit(TICKET_NO, AT, "WFLX").remove("sm"))).remark())
        .isNull();
  }

  @Test
  void theKeyIsTheTicketAndTheInstantOfTheVisitWhateverTheOffset() {
    ReturnVisitMessage china = ReturnVisitMessage.parse(text(visit(TICKET_NO, AT, "MY")));
    ReturnVisitMessage utc =
        ReturnVisitMessage.parse(text(visit(TICKET_NO, "2026-11-24T07:00:00Z", "BMY")));
    ReturnVisitMessage later =
        ReturnVisitMessage.parse(text(visit(TICKET_NO, "2026-11-24T15:00:01+08:00", "MY")));

    assertThat(china.key())
        .isEqualTo(TICKET_NO + "@" + Instant.parse("2026-11-24T07:00:00Z").toEpochMilli());
    assertThat(utc.key()).isEqualTo(china.key());
    assertThat(later.key()).isNotEqualTo(china.key());
  }

  static Stream<Arguments> malformed() {
    String required = "hotline.message.required";
    String invalid = "hotline.message.invalid";
    return Stream.of(
        arguments("not JSON", "{\"gdbh\":", "hotline.message.not-json", null),
        arguments(
            "gdbh missing", text(visit(TICKET_NO, AT, "MY").remove("gdbh")), required, "gdbh"),
        arguments("gdbh malformed", text(visit("no good", AT, "MY")), invalid, "gdbh"),
        arguments(
            "hfsj missing", text(visit(TICKET_NO, AT, "MY").remove("hfsj")), required, "hfsj"),
        arguments("hfsj not a time", text(visit(TICKET_NO, "today", "MY")), invalid, "hfsj"),
        arguments("jg missing", text(visit(TICKET_NO, AT, "MY").remove("jg")), required, "jg"),
        arguments("jg unknown", text(visit(TICKET_NO, AT, "OK")), invalid, "jg"),
        arguments("jg lower case", text(visit(TICKET_NO, AT, "my")), invalid, "jg"),
        arguments(
            "sm too long",
            text(visit(TICKET_NO, AT, "MY").add("sm", "好".repeat(1001))),
            "hotline.message.too-long",
            "sm"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aMalformedVisitIsRejectedNamingTheField(String what, String json, String key, String field) {
    InvalidMessageException refusal =
        catchThrowableOfType(InvalidMessageException.class, () -> ReturnVisitMessage.parse(json));

    assertThat(refusal).as(what).isNotNull();
    assertThat(refusal.messageKey()).isEqualTo(key);
    if (field == null) {
      assertThat(refusal.arguments()).isEmpty();
    } else {
      assertThat(refusal.arguments()[0]).isEqualTo(field);
    }
  }
}
