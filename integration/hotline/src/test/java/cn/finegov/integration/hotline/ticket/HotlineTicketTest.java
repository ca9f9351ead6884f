package cn.finegov.integration.hotline.ticket;

import static cn.finegov.integration.hotline.ticket.SampleTickets.UNIT;
import static cn.finegov.integration.hotline.ticket.SampleTickets.UNIT_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.finegov.integration.hotline.mapping.Disposition;
import cn.finegov.integration.hotline.message.TicketJson;
import cn.finegov.integration.hotline.message.TicketMessage;
import cn.finegov.kernel.api.error.DomainException;
import jakarta.json.Json;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HotlineTicketTest {

  private static final String NO = TicketJson.TICKET_NO;
  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

  private static Instant at(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  /** The values of all string fields of the entity, as they would be stored. */
  private static List<String> storedTexts(HotlineTicket ticket) throws IllegalAccessException {
    List<String> texts = new ArrayList<>();
    for (Field field : HotlineTicket.class.getDeclaredFields()) {
      if (field.getType() == String.class && !Modifier.isStatic(field.getModifiers())) {
        field.setAccessible(true);
        Object value = field.get(ticket);
        if (value != null) {
          texts.add(field.getName() + "=" + value);
        }
      }
    }
    return texts;
  }

  private static Object stored(HotlineTicket ticket, String name)
      throws ReflectiveOperationException {
    Field field = HotlineTicket.class.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(ticket);
  }

  @Test
  void aReceivedTicketKeepsTheCallerEncryptedWithMaskedForms() throws Exception {
    HotlineTicket ticket = SampleTickets.received(NO);

    assertThat(storedTexts(ticket))
        .isNotEmpty()
        .noneMatch(text -> text.contains(TicketJson.PHONE))
        .noneMatch(text -> text.contains(TicketJson.NAME));
    assertThat(ticket.callerNameMasked()).isEqualTo("张*");
    assertThat(ticket.phoneMasked()).isEqualTo("138****1234");
    assertThat(SampleTickets.CIPHER.decrypt(ticket.callerNameCipher())).isEqualTo("张三");
    assertThat(SampleTickets.CIPHER.decrypt(ticket.phoneCipher())).isEqualTo("13812341234");
    assertThat(stored(ticket, "phoneHash"))
        .isEqualTo(SampleTickets.CIPHER.lookupHash("13812341234"));
  }

  @Test
  void aCallersPhoneIsMaskedByTheSuitesRuleMobileOrFixedLine() {
    assertThat(SampleTickets.received(NO).phoneMasked()).isEqualTo("138****1234");
    assertThat(receivedFrom("0571-88001234").phoneMasked()).isEqualTo("0571-****1234");
    assertThat(receivedFrom("02112345678").phoneMasked()).isEqualTo("021-****5678");
    HotlineTicket anonymous =
        HotlineTicket.receive(
            TicketMessage.parse(
                TicketJson.text(
                    TicketJson.ticket(NO)
                        .add("ldr", Json.createObjectBuilder().add("nm", true).add("bm", false)))),
            HotlineTicket.Intake.PUSH,
            Disposition.CASE,
            "0101",
            SampleTickets.CIPHER,
            T0,
            at(24));
    assertThat(anonymous.phoneMasked()).isNull();
  }

  private static HotlineTicket receivedFrom(String phone) {
    return HotlineTicket.receive(
        TicketMessage.parse(
            TicketJson.text(
                TicketJson.ticket(NO).add("ldr", TicketJson.caller().add("dh", phone)))),
        HotlineTicket.Intake.PUSH,
        Disposition.CASE,
        "0101",
        SampleTickets.CIPHER,
        T0,
        at(24));
  }

  @Test
  void aReceivedTicketKeepsTheRequestAndAwaitsRouting() {
    HotlineTicket ticket = SampleTickets.received(NO);

    assertThat(ticket.ticketNo()).isEqualTo(NO);
    assertThat(ticket.state()).isEqualTo(TicketState.AWAITING_ROUTING);
    assertThat(ticket.intake()).isEqualTo(HotlineTicket.Intake.PUSH);
    assertThat(ticket.channel()).isEqualTo(TicketChannel.DH);
    assertThat(ticket.requestType()).isEqualTo(RequestType.TS);
    assertThat(ticket.hotlineCategory()).isEqualTo("1101");
    assertThat(ticket.disposition()).isEqualTo(Disposition.CASE);
    assertThat(ticket.gridCategory()).isEqualTo("0101");
    assertThat(ticket.urgent()).isTrue();
    assertThat(ticket.keepConfidential()).isTrue();
    assertThat(ticket.anonymous()).isFalse();
    assertThat(ticket.receivedAt()).isEqualTo(Instant.parse("2026-11-23T01:15:02Z"));
    assertThat(ticket.takenAt()).isEqualTo(SampleTickets.TAKEN);
    assertThat(ticket.signDueAt()).isEqualTo(SampleTickets.TAKEN.plus(Duration.ofDays(1)));
    assertThat(ticket.address()).isEqualTo("滨江区临港街道海港路18号");
    assertThat(ticket.longitude()).isEqualTo(120.1234);
    assertThat(ticket.latitude()).isEqualTo(30.2345);
    assertThat(ticket.content()).isEqualTo(TicketJson.CONTENT);
    assertThat(ticket.repeatOf()).isEqualTo("12345-20261120-000003");
    assertThat(ticket.handleDays()).isEqualTo(10);
    assertThat(ticket.feedback()).isEmpty();
    assertThat(ticket.returnVisits()).isEmpty();
  }

  @Test
  void anAnonymousTicketHasNoCallerData() throws Exception {
    TicketMessage message =
        TicketMessage.parse(
            TicketJson.text(TicketJson.ticket().add("ldr", TicketJson.caller().add("nm", true))));

    HotlineTicket ticket =
        HotlineTicket.receive(
            message,
            HotlineTicket.Intake.TABLE,
            Disposition.MANUAL,
            null,
            SampleTickets.CIPHER,
            T0,
            T0);

    assertThat(ticket.anonymous()).isTrue();
    assertThat(ticket.callerNameCipher()).isNull();
    assertThat(ticket.callerNameMasked()).isNull();
    assertThat(ticket.phoneCipher()).isNull();
    assertThat(ticket.phoneMasked()).isNull();
    assertThat(stored(ticket, "phoneHash")).isNull();
  }

  @Test
  void aCaseTicketTellsTheHotlineEachStepInSequenceUntilClosed() {
    HotlineTicket ticket = SampleTickets.received(NO);
    ticket.awaitRouting("no place");

    ticket.transferredTo("C-1", UNIT, "0102");
    assertThat(ticket.state()).isEqualTo(TicketState.TRANSFERRED);
    assertThat(ticket.caseNumber()).isEqualTo("C-1");
    assertThat(ticket.handlingUnit()).isEqualTo(UNIT);
    assertThat(ticket.gridCategory()).isEqualTo("0102");
    assertThat(ticket.routingNote()).isNull();

    Optional<Feedback> signed = ticket.signed(UNIT, UNIT_NAME, at(1));
    assertThat(ticket.state()).isEqualTo(TicketState.SIGNED);
    assertThat(ticket.signedAt()).isEqualTo(at(1));
    assertThat(signed)
        .hasValueSatisfying(
            item -> {
              assertThat(item.seq()).isEqualTo(1);
              assertThat(item.kind()).isEqualTo(FeedbackKind.QS);
              assertThat(item.occurredAt()).isEqualTo(at(1));
              assertThat(item.unitName()).isEqualTo(UNIT_NAME);
              assertThat(item.ticket()).isSameAs(ticket);
              assertThat(item.delivery()).isEqualTo(Feedback.Delivery.PENDING);
            });

    assertThat(ticket.signed("330108002", "另一科室", at(2))).as("signed again").isEmpty();
    assertThat(ticket.signedAt()).isEqualTo(at(1));
    assertThat(ticket.handlingUnit()).isEqualTo("330108002");
    assertThat(ticket.feedback()).hasSize(1);

    Feedback extension = ticket.extensionRequested(5, "需协调供电公司", UNIT_NAME, at(3));
    assertThat(ticket.state()).isEqualTo(TicketState.EXTENSION_REQUESTED);
    assertThat(extension.seq()).isEqualTo(2);
    assertThat(extension.kind()).isEqualTo(FeedbackKind.YQ);
    assertThat(extension.extraDays()).isEqualTo(5);
    assertThat(extension.content()).isEqualTo("需协调供电公司");

    ticket.handling();
    assertThat(ticket.state()).isEqualTo(TicketState.HANDLING);

    Feedback reply = ticket.replied("路灯已修复", UNIT_NAME, at(4));
    assertThat(ticket.state()).isEqualTo(TicketState.REPLIED);
    assertThat(ticket.replyContent()).isEqualTo("路灯已修复");
    assertThat(ticket.repliedAt()).isEqualTo(at(4));
    assertThat(reply.seq()).isEqualTo(3);
    assertThat(reply.kind()).isEqualTo(FeedbackKind.HF);
    assertThat(reply.content()).isEqualTo("路灯已修复");
    assertThat(reply.extraDays()).isNull();

    ReturnVisit visit = ticket.visited(Satisfaction.SATISFIED, "满意", at(30), false, at(31));
    assertThat(ticket.state()).isEqualTo(TicketState.CLOSED);
    assertThat(ticket.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
    assertThat(visit.result()).isEqualTo(Satisfaction.SATISFIED);
    assertThat(visit.remark()).isEqualTo("满意");
    assertThat(visit.visitedAt()).isEqualTo(at(30));
    assertThat(visit.receivedAt()).isEqualTo(at(31));
    assertThat(visit.unitCode()).isEqualTo("330108002");
    assertThat(visit.caseNumber()).isEqualTo("C-1");
    assertThat(visit.reopened()).isFalse();
    assertThat(ticket.returnVisits()).containsExactly(visit);

    assertThat(ticket.feedback())
        .extracting(Feedback::seq, Feedback::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, FeedbackKind.QS),
            org.assertj.core.groups.Tuple.tuple(2, FeedbackKind.YQ),
            org.assertj.core.groups.Tuple.tuple(3, FeedbackKind.HF));
  }

  @Test
  void anUnreachableCallerLeavesTheTicketReturnVisited() {
    HotlineTicket ticket = SampleTickets.transferred(NO);
    ticket.replied("已处理", UNIT_NAME, at(1));

    ticket.visited(Satisfaction.UNREACHABLE, null, at(2), false, at(2));

    assertThat(ticket.state()).isEqualTo(TicketState.RETURN_VISITED);
    assertThat(ticket.satisfaction()).isEqualTo(Satisfaction.UNREACHABLE);
  }

  @Test
  void aBasicallySatisfiedCallerClosesTheTicket() {
    HotlineTicket ticket = SampleTickets.transferred(NO);
    ticket.replied("已处理", UNIT_NAME, at(1));

    ticket.visited(Satisfaction.BASICALLY_SATISFIED, null, at(2), false, at(2));

    assertThat(ticket.state()).isEqualTo(TicketState.CLOSED);
  }

  @Test
  void aDissatisfiedCallerReopensAndTheNextReplyTakesTheNextNumber() {
    HotlineTicket ticket = SampleTickets.transferred(NO);
    ticket.signed(UNIT, UNIT_NAME, at(1));
    ticket.replied("已处理", UNIT_NAME, at(2));

    ReturnVisit visit = ticket.visited(Satisfaction.DISSATISFIED, "路灯还是不亮", at(3), true, at(3));

    assertThat(ticket.state()).isEqualTo(TicketState.REOPENED);
    assertThat(ticket.reopenCount()).isEqualTo(1);
    assertThat(ticket.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
    assertThat(visit.reopened()).isTrue();
    assertThat(ticket.state().open()).isTrue();

    assertThat(ticket.signed(UNIT, UNIT_NAME, at(4))).as("signing again is not told").isEmpty();
    assertThat(ticket.state()).isEqualTo(TicketState.SIGNED);
    ticket.handling();
    Feedback second = ticket.replied("已更换灯具", UNIT_NAME, at(5));

    assertThat(second.seq()).isEqualTo(3);
    assertThat(second.kind()).isEqualTo(FeedbackKind.HF);
    assertThat(ticket.state()).isEqualTo(TicketState.REPLIED);
    assertThat(ticket.feedback()).extracting(Feedback::seq).containsExactly(1, 2, 3);

    ticket.visited(Satisfaction.SATISFIED, null, at(6), false, at(6));
    assertThat(ticket.state()).isEqualTo(TicketState.CLOSED);
    assertThat(ticket.reopenCount()).isEqualTo(1);
    assertThat(ticket.returnVisits()).hasSize(2);
  }

  @Test
  void aReopenedTicketCanBeTransferredToANewCase() {
    HotlineTicket ticket = SampleTickets.transferred(NO);
    ticket.replied("已处理", UNIT_NAME, at(1));
    ticket.visited(Satisfaction.DISSATISFIED, null, at(2), true, at(2));

    ticket.transferredTo("C-2", UNIT, "0101");

    assertThat(ticket.state()).isEqualTo(TicketState.TRANSFERRED);
    assertThat(ticket.caseNumber()).isEqualTo("C-2");
  }

  @Test
  void anOpenTicketIsSentBackWithTheReason() {
    HotlineTicket ticket = SampleTickets.received(NO);

    Feedback back = ticket.sentBack("不属于城市管理范围", "指挥中心", at(1));

    assertThat(ticket.state()).isEqualTo(TicketState.SENT_BACK);
    assertThat(back.seq()).isEqualTo(1);
    assertThat(back.kind()).isEqualTo(FeedbackKind.TH);
    assertThat(back.content()).isEqualTo("不属于城市管理范围");
  }

  @Test
  void aClosedTicketCannotBeSentBackNorRepliedAgain() {
    HotlineTicket ticket = SampleTickets.transferred(NO);
    ticket.replied("已处理", UNIT_NAME, at(1));
    ticket.visited(Satisfaction.SATISFIED, null, at(2), false, at(2));

    DomainException sentBack =
        catchThrowableOfType(DomainException.class, () -> ticket.sentBack("不属于", UNIT_NAME, at(3)));
    DomainException replied =
        catchThrowableOfType(
            DomainException.class, () -> ticket.replied("again", UNIT_NAME, at(3)));

    for (DomainException refusal : List.of(sentBack, replied)) {
      assertThat(refusal.kind()).isEqualTo(DomainException.Kind.CONFLICT);
      assertThat(refusal.messageKey()).isEqualTo("hotline.ticket.closed");
      assertThat(refusal.arguments()).containsExactly(NO);
    }
    assertThat(ticket.state()).isEqualTo(TicketState.CLOSED);
    assertThat(ticket.feedback()).hasSize(1);
  }

  @Test
  void aSentBackTicketCannotBeSentBackAgain() {
    HotlineTicket ticket = SampleTickets.received(NO);
    ticket.sentBack("不属于", UNIT_NAME, at(1));

    DomainException refusal =
        catchThrowableOfType(DomainException.class, () -> ticket.sentBack("不属于", UNIT_NAME, at(2)));

    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(ticket.feedback()).hasSize(1);
  }

  @Test
  void aTicketIsTransferredOnlyWhileAwaitingRoutingOrReopened() {
    HotlineTicket ticket = SampleTickets.transferred(NO);
    ticket.signed(UNIT, UNIT_NAME, at(1));

    DomainException refusal =
        catchThrowableOfType(
            DomainException.class, () -> ticket.transferredTo("C-9", UNIT, "0101"));

    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(refusal.messageKey()).isEqualTo("hotline.ticket.state");
    assertThat(refusal.arguments()).containsExactly(NO, "SIGNED");
    assertThat(ticket.caseNumber()).isEqualTo("C-" + NO);
    assertThat(ticket.state()).isEqualTo(TicketState.SIGNED);

    HotlineTicket transferred = SampleTickets.transferred("12345-20261123-000018");
    assertThat(
            catchThrowableOfType(
                DomainException.class, () -> transferred.transferredTo("C-9", UNIT, "0101")))
        .as("transferred twice")
        .isNotNull();
  }

  @Test
  void theRoutingNoteIsCutTo500Characters() {
    HotlineTicket ticket = SampleTickets.received(NO);

    ticket.awaitRouting("说明".repeat(400));

    assertThat(ticket.routingNote()).hasSize(500);
    assertThat(ticket.state()).isEqualTo(TicketState.AWAITING_ROUTING);
  }

  @Test
  void aMergedCaseCarriesTheTicketAlong() {
    HotlineTicket ticket = SampleTickets.transferred(NO);

    ticket.followCase("C-100");
    ticket.handledBy(null);

    assertThat(ticket.caseNumber()).isEqualTo("C-100");
    assertThat(ticket.handlingUnit()).isEqualTo(UNIT);
  }

  @Test
  void routedToAnImmediateTaskTheLeadUnitSignsForItAndTheHotlineHearsItOnce() {
    HotlineTicket ticket = SampleTickets.received(NO);

    Feedback signed = ticket.routedToTask("2026-000042", UNIT, UNIT_NAME, at(1));

    assertThat(ticket.state()).isEqualTo(TicketState.SIGNED);
    assertThat(ticket.taskNumber()).isEqualTo("2026-000042");
    assertThat(ticket.caseNumber()).isNull();
    assertThat(ticket.disposition()).isEqualTo(Disposition.PLANNING);
    assertThat(ticket.handlingUnit()).isEqualTo(UNIT);
    assertThat(ticket.signedAt()).isEqualTo(at(1));
    assertThat(ticket.routingNote()).isNull();
    assertThat(signed.kind()).isEqualTo(FeedbackKind.QS);
    assertThat(signed.seq()).isEqualTo(1);
    assertThat(signed.unitName()).isEqualTo(UNIT_NAME);
    assertThat(ticket.feedback()).containsExactly(signed);

    DomainException again =
        catchThrowableOfType(
            DomainException.class,
            () -> ticket.routedToTask("2026-000043", UNIT, UNIT_NAME, at(2)));
    assertThat(again.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(ticket.taskNumber()).isEqualTo("2026-000042");
    assertThat(ticket.feedback()).hasSize(1);
    // A later signing of nothing in particular tells the hotline nothing more.
    assertThat(ticket.signed(UNIT, UNIT_NAME, at(3))).isEmpty();
  }

  @Test
  void aTicketAlreadyACaseCannotGoToATask() {
    HotlineTicket ticket = SampleTickets.transferred(NO);
    DomainException refused =
        catchThrowableOfType(
            DomainException.class,
            () -> ticket.routedToTask("2026-000042", UNIT, UNIT_NAME, at(1)));
    assertThat(refused.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(ticket.taskNumber()).isNull();
  }
}
