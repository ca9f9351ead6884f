package cn.finegov.systemtest.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.calendar.DeadlineOwner;
import cn.finegov.kernel.api.calendar.DeadlineRecomputed;
import cn.finegov.kernel.api.calendar.DeadlineRegistry;
import cn.finegov.kernel.api.calendar.DeadlineRequest;
import cn.finegov.kernel.api.calendar.DeadlineView;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deadlines registered through the kernel API follow calendar changes made through REST: the open
 * ones a change touches are recomputed in its transaction, audited with the due date before and
 * after under the administrator who made the change, and announced to observers; closed ones and
 * those of other regions stay as they were. Runs in the server (the registry is a Java API), with
 * REST calls to the same server; every test uses regions of its own.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarDeadlineIT {

  private static final Actor MODULE = Actor.system("calendar-test", Set.of());

  @Inject private DeadlineRegistry registry;
  @Inject private ActorContext actors;

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.ear();
    WebArchive web =
        Deployments.webModuleForInContainerTests(ear)
            .addClasses(
                CalendarDeadlineIT.class,
                RecomputedDeadlines.class,
                Deployments.class,
                Api.class,
                Api.Reply.class,
                Codes.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            .addAsLibraries(Deployments.jarOf(Assertions.class));
    return Deployments.withWebModule(ear, Testable.archiveToTest(web));
  }

  private DeadlineView register(DeadlineRequest request) {
    return actors.runAs(MODULE, () -> registry.register(request));
  }

  private static DeadlineOwner owner() {
    return new DeadlineOwner("calendartest", "Application", Codes.unique("A"));
  }

  @Test
  void editingADayRecomputesTheOpenDeadlinesItTouchesAndAuditsThem() {
    String region = Codes.unique("CALD");
    DeadlineOwner owner = owner();
    DeadlineView reply =
        register(
            DeadlineRequest.workingDays(owner, "REPLY", LocalDate.parse("2026-09-28"), 20, region));
    DeadlineView closed =
        register(
            DeadlineRequest.workingDays(
                owner, "SUPPLEMENT", LocalDate.parse("2026-09-28"), 20, region));
    actors.runAs(MODULE, () -> registry.close(closed.id()));
    DeadlineView otherRegion =
        register(
            DeadlineRequest.workingDays(
                owner(), "REPLY", LocalDate.parse("2026-09-28"), 20, Codes.unique("CALO")));
    DeadlineView before =
        register(
            DeadlineRequest.workingDays(
                owner(), "REPLY", LocalDate.parse("2026-09-01"), 5, region));
    assertThat(reply.dueDate()).isEqualTo(LocalDate.parse("2026-10-30"));
    assertThat(reply.explanationEn()).contains("skips 10-01..10-07 National Day");

    Reply changed =
        Api.as("sysadmin")
            .put(
                "/calendar/days/2026-10-12?region=" + region,
                Api.json("type", "HOLIDAY", "name", "地方纪念日", "nameEn", "Local Memorial Day"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    DeadlineView moved = actors.runAs(MODULE, () -> registry.find(reply.id())).orElseThrow();
    assertThat(moved.dueDate()).isEqualTo(LocalDate.parse("2026-11-02"));
    assertThat(moved.calendarVersion()).isGreaterThan(reply.calendarVersion());
    assertThat(moved.recomputedAt()).isNotNull();
    assertThat(moved.explanationEn()).contains("skips 10-12 Local Memorial Day");
    assertThat(actors.runAs(MODULE, () -> registry.find(closed.id())).orElseThrow().dueDate())
        .isEqualTo(LocalDate.parse("2026-10-30"));
    assertThat(actors.runAs(MODULE, () -> registry.find(otherRegion.id())).orElseThrow().dueDate())
        .isEqualTo(LocalDate.parse("2026-10-30"));
    assertThat(actors.runAs(MODULE, () -> registry.find(before.id())).orElseThrow().recomputedAt())
        .isNull();

    JsonObject audit =
        Api.as("auditadmin")
            .get("/audit?entityType=Deadline&action=RECOMPUTE&entityId=" + reply.id())
            .json();
    assertThat(audit.getInt("total")).isEqualTo(1);
    JsonObject entry = audit.getJsonArray("items").getJsonObject(0);
    assertThat(entry.getString("actor")).isEqualTo("sysadmin");
    assertThat(entry.getString("before")).contains("2026-10-30");
    assertThat(entry.getString("after")).contains("2026-11-02");
    assertThat(
            Api.as("auditadmin")
                .get("/audit?entityType=Deadline&action=RECOMPUTE&entityId=" + closed.id())
                .json()
                .getInt("total"))
        .isZero();

    List<DeadlineRecomputed> events = RecomputedDeadlines.of(reply.id());
    assertThat(events).hasSize(1);
    assertThat(events.get(0).previousDueDate()).isEqualTo(LocalDate.parse("2026-10-30"));
    assertThat(events.get(0).dueChanged()).isTrue();
    assertThat(events.get(0).deadline().dueDate()).isEqualTo(LocalDate.parse("2026-11-02"));
    assertThat(RecomputedDeadlines.of(otherRegion.id())).isEmpty();

    JsonArray listed =
        Api.as("clerk")
            .inEnglish()
            .get("/calendar/deadlines?module=calendartest&type=Application&id=" + owner.id())
            .jsonArray();
    assertThat(listed).hasSize(2);
    JsonObject first = listed.getJsonObject(0);
    assertThat(first.getString("kind")).isEqualTo("REPLY");
    assertThat(first.getString("dueDate")).isEqualTo("2026-11-02");
    assertThat(first.getString("status")).isEqualTo("OPEN");
    assertThat(first.getString("explanation")).contains("Local Memorial Day");
    assertThat(listed.getJsonObject(1).getString("status")).isEqualTo("CLOSED");
  }

  @Test
  void workingHourDeadlinesFollowTooAndKeepTheirTime() {
    String region = Codes.unique("CALH");
    DeadlineView sign =
        register(
            DeadlineRequest.workingHours(
                owner(),
                "SIGN",
                LocalDateTime.parse("2026-10-09T17:00"),
                Duration.ofHours(1),
                region));
    assertThat(sign.dueDate()).isEqualTo(LocalDate.parse("2026-10-10"));
    assertThat(sign.dueTime()).hasToString("09:00");

    Reply changed =
        Api.as("sysadmin")
            .put("/calendar/days/2026-10-10?region=" + region, Api.json("type", "WEEKEND"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    DeadlineView moved = actors.runAs(MODULE, () -> registry.find(sign.id())).orElseThrow();
    assertThat(moved.dueDate()).isEqualTo(LocalDate.parse("2026-10-12"));
    assertThat(moved.dueTime()).hasToString("09:00");
    assertThat(RecomputedDeadlines.of(sign.id())).hasSize(1);
  }

  @Test
  void changedOfficeHoursMoveTheWorkingHourDeadlinesAndAnUnusableValueIsRefused() {
    String setting = "/settings/kernel/calendar.office-hours";
    DeadlineView sign =
        register(
            DeadlineRequest.workingHours(
                owner(),
                "SIGN",
                LocalDateTime.parse("2026-10-09T17:00"),
                Duration.ofHours(1),
                null));
    assertThat(sign.dueDate()).isEqualTo(LocalDate.parse("2026-10-10"));
    assertThat(sign.dueTime()).hasToString("09:00");
    try {
      Reply changed = Api.as("sysadmin").put(setting, Api.json("value", "09:00-12:00,13:00-18:00"));
      assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

      DeadlineView moved = actors.runAs(MODULE, () -> registry.find(sign.id())).orElseThrow();
      assertThat(moved.dueDate()).isEqualTo(LocalDate.parse("2026-10-09"));
      assertThat(moved.dueTime()).hasToString("18:00");
      assertThat(moved.calendarVersion()).isGreaterThan(sign.calendarVersion());
      assertThat(RecomputedDeadlines.of(sign.id())).hasSize(1);

      Reply unusable = Api.as("sysadmin").put(setting, Api.json("value", "18:00-09:00"));
      assertThat(unusable.status()).as(unusable.toString()).isBetween(400, 499);
      assertThat(Api.as("sysadmin").get("/settings").body()).contains("09:00-12:00,13:00-18:00");
    } finally {
      Api.as("sysadmin").delete(setting);
    }
    DeadlineView back = actors.runAs(MODULE, () -> registry.find(sign.id())).orElseThrow();
    assertThat(back.dueDate()).isEqualTo(LocalDate.parse("2026-10-10"));
    assertThat(back.dueTime()).hasToString("09:00");
  }

  @Test
  void loadingAYearMakesItsProvisionalDeadlinesFinal() {
    String region = Codes.unique("CALY");
    DeadlineView provisional =
        register(
            DeadlineRequest.workingDays(
                owner(), "REPLY", LocalDate.parse("2032-04-28"), 3, region));
    assertThat(provisional.provisional()).isTrue();
    assertThat(provisional.dueDate()).isEqualTo(LocalDate.parse("2032-05-03"));
    assertThat(provisional.explanationZh()).contains("暂定：2032年的放假安排尚未载入");

    String file =
        "date,type,name,name_en\n"
            + "2032-05-01,HOLIDAY,劳动节,Labour Day\n"
            + "2032-05-02,HOLIDAY,劳动节,Labour Day\n"
            + "2032-05-03,HOLIDAY,劳动节,Labour Day\n";
    Reply loaded =
        Api.as("sysadmin")
            .postBytes(
                "/calendar/years/2032?region=" + region,
                "text/csv",
                file.getBytes(StandardCharsets.UTF_8));
    assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);
    assertThat(loaded.json().getInt("recomputedDeadlines")).isEqualTo(1);

    DeadlineView fin = actors.runAs(MODULE, () -> registry.find(provisional.id())).orElseThrow();
    assertThat(fin.provisional()).isFalse();
    assertThat(fin.dueDate()).isEqualTo(LocalDate.parse("2032-05-04"));
    assertThat(fin.explanationEn())
        .contains("skips 05-01..05-03 Labour Day")
        .doesNotContain("provisional");
    JsonObject audit =
        Api.as("auditadmin")
            .get("/audit?entityType=Deadline&action=RECOMPUTE&entityId=" + provisional.id())
            .json();
    assertThat(audit.getJsonArray("items").getJsonObject(0).getString("before"))
        .contains("\"provisional\":true");
    DeadlineRecomputed event = RecomputedDeadlines.of(provisional.id()).get(0);
    assertThat(event.previouslyProvisional()).isTrue();
  }

  @Test
  void anOwnerHasOneOpenDeadlineOfAKind() {
    DeadlineOwner owner = owner();
    register(DeadlineRequest.workingDays(owner, "REPLY", LocalDate.parse("2026-03-02"), 5, null));

    Assertions.assertThatThrownBy(
            () ->
                register(
                    DeadlineRequest.workingDays(
                        owner, "REPLY", LocalDate.parse("2026-03-03"), 5, null)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("calendar.deadline.open-exists"));
    actors.runAs(MODULE, () -> registry.close(owner, "REPLY"));
    DeadlineView again =
        register(
            DeadlineRequest.workingDays(owner, "REPLY", LocalDate.parse("2026-03-03"), 5, null));
    assertThat(again.dueDate()).isEqualTo(LocalDate.parse("2026-03-10"));
    assertThat(
            Api.as("auditadmin")
                .get("/audit?entityType=Deadline&entityId=" + again.id() + "&action=CREATE")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("actor"))
        .isEqualTo("system:calendar-test");
  }
}
