package cn.finegov.integration.hotline.message;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.integration.hotline.ticket.Feedback;
import cn.finegov.integration.hotline.ticket.HotlineTicket;
import cn.finegov.integration.hotline.ticket.SampleTickets;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FeedbackJsonTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void aSigningCarriesTicketSequenceKindTimeAndUnit() {
    Feedback signed =
        SampleTickets.signedFor(TicketJson.TICKET_NO, Instant.parse("2026-11-23T02:02:00Z"));

    JsonObject json = read(FeedbackJson.of(signed, CHINA));

    assertThat(json.getString("gdbh")).isEqualTo(TicketJson.TICKET_NO);
    assertThat(json.getInt("xh")).isEqualTo(1);
    assertThat(json.getString("lx")).isEqualTo("QS");
    assertThat(json.getString("sj")).isEqualTo("2026-11-23T10:02:00+08:00");
    assertThat(json.getString("dw")).isEqualTo(SampleTickets.UNIT_NAME);
    assertThat(json).doesNotContainKeys("nr", "yqts");
  }

  @Test
  void theTimeHasSecondsAndNoFractionAsInTheProtocol() {
    Feedback signed =
        SampleTickets.signedFor(TicketJson.TICKET_NO, Instant.parse("2026-11-23T02:02:03.456789Z"));

    assertThat(read(FeedbackJson.of(signed, CHINA)).getString("sj"))
        .isEqualTo("2026-11-23T10:02:03+08:00");
  }

  @Test
  void anExtensionCarriesTheReasonAndTheDays() {
    HotlineTicket ticket = SampleTickets.transferred(TicketJson.TICKET_NO);
    ticket.signed(
        SampleTickets.UNIT, SampleTickets.UNIT_NAME, Instant.parse("2026-11-23T02:02:00Z"));
    Feedback extension =
        ticket.extensionRequested(
            5, "需协调供电公司", SampleTickets.UNIT_NAME, Instant.parse("2026-11-24T01:00:00Z"));

    JsonObject json = read(FeedbackJson.of(extension, CHINA));

    assertThat(json.getInt("xh")).isEqualTo(2);
    assertThat(json.getString("lx")).isEqualTo("YQ");
    assertThat(json.getString("nr")).isEqualTo("需协调供电公司");
    assertThat(json.getInt("yqts")).isEqualTo(5);
    assertThat(json.getString("sj")).isEqualTo("2026-11-24T09:00:00+08:00");
  }
}
