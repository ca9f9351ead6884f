package cn.finegov.integration.hotline.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.finegov.simulators.hotline.MalformedKind;
import cn.finegov.simulators.hotline.MalformedTicket;
import cn.finegov.simulators.hotline.Ticket;
import cn.finegov.simulators.hotline.TicketGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hotline simulator implements PROTOCOL.md on its own (no code is shared): what it sends must
 * read here exactly as it meant it, and what it breaks on purpose must be refused for that reason.
 */
class SimulatorTicketsTest {

  private final TicketGenerator generator =
      new TicketGenerator(
          20261123L, "9000001", Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC));

  @Test
  void everyGeneratedTicketIsReadAsTheSimulatorMeantIt() {
    for (int i = 0; i < 300; i++) {
      Ticket sent = generator.next();

      TicketMessage read = TicketMessage.parse(sent.json());

      assertThat(read.ticketNo()).isEqualTo(sent.gdbh());
      assertThat(read.receivedAt()).isEqualTo(OffsetDateTime.parse(sent.slsj()).toInstant());
      assertThat(read.channel().name()).isEqualTo(sent.qd());
      assertThat(read.requestType().name()).isEqualTo(sent.sqlx());
      assertThat(read.hotlineCategory()).isEqualTo(sent.flbm());
      assertThat(read.urgent()).isEqualTo("JJ".equals(sent.jjcd()));
      assertThat(read.anonymous()).isEqualTo(sent.ldr().nm());
      assertThat(read.keepConfidential()).isEqualTo(sent.ldr().bm());
      assertThat(read.callerName()).isEqualTo(sent.ldr().nm() ? null : sent.ldr().xm());
      assertThat(read.callerPhone()).isEqualTo(sent.ldr().nm() ? null : sent.ldr().dh());
      assertThat(read.address()).isEqualTo(sent.dz());
      assertThat(read.longitude()).isEqualTo(sent.jd());
      assertThat(read.latitude()).isEqualTo(sent.wd());
      assertThat(read.content()).isEqualTo(sent.nr());
      assertThat(read.repeatOf()).isEqualTo(sent.cfgd());
      assertThat(read.handleDays()).isEqualTo(sent.blsx());
    }
  }

  @Test
  void everyTicketBrokenOnPurposeIsRefusedForItsReason() {
    Map<MalformedKind, String> reasons =
        Map.of(
            MalformedKind.NOT_JSON, "hotline.message.not-json",
            MalformedKind.MISSING_TICKET_NO, "hotline.message.required",
            MalformedKind.MISSING_CONTENT, "hotline.message.required",
            MalformedKind.BAD_REQUEST_TYPE, "hotline.message.invalid",
            MalformedKind.BAD_TIME, "hotline.message.invalid",
            MalformedKind.CONTENT_TOO_LONG, "hotline.message.too-long",
            MalformedKind.BAD_PHONE, "hotline.message.invalid-phone");

    reasons.forEach(
        (kind, key) -> {
          MalformedTicket broken = generator.malformed(kind);

          InvalidMessageException refusal =
              catchThrowableOfType(
                  InvalidMessageException.class, () -> TicketMessage.parse(broken.payload()));

          assertThat(refusal).as(kind.name()).isNotNull();
          assertThat(refusal.messageKey()).as(kind.name()).isEqualTo(key);
        });
  }

  @Test
  void anUnknownCategoryIsWellFormedAndLeftToTheMapping() {
    MalformedTicket unknown = generator.malformed(MalformedKind.UNKNOWN_CATEGORY);

    assertThat(TicketMessage.parse(unknown.payload()).hotlineCategory()).isEqualTo("8888");
  }
}
