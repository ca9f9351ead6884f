package cn.finegov.systemtest.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statutory cycle's oversight on PostgreSQL, in a district and street made for the test: the
 * reminder run (as the district's planning office, for its units) sends the reminder three days
 * before the district's date once, then the overdue notice after it, through the kernel's
 * notifications, audited; the "who is late" list shows the district and its street with their
 * dates, plan states, days late and the street's overdue immediate task, scoped by unit, and as
 * Excel; the page and the dashboard card render.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanningOversightIT {

  private static String district;
  private static String districtName;
  private static String street;
  private static String districtOffice;
  private static String streetOffice;
  private static String streetHandler;
  private static LocalDate today;

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void aDistrictAndAStreetWithTheirPlanningOffices() {
    district = Accounts.newUnit("OVD", "督办测试区{code}", "DISTRICT", "990100");
    districtName = "督办测试区" + district;
    street = Accounts.newUnit("OVS", "督办测试街道{code}", "STREET", district);
    districtOffice = Accounts.ready("ovdp", district, "MODULE_ADMIN");
    streetOffice = Accounts.ready("ovsp", street, "MODULE_ADMIN");
    streetHandler = Accounts.ready("ovsh", street, "DEPARTMENT_HANDLER");
    today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void remindersGoOutOnceBeforeTheDateAndTheOverdueNoticeAfterAudited() {
    Api office = Accounts.as(districtOffice);
    // Next year's cycle: nothing of it exists yet in a database that outlives runs.
    int year = today.getYear() + 1;
    LocalDate districtDue = LocalDate.of(year, 1, 31);
    LocalDate threeBefore = districtDue.minusDays(3);

    Reply run = office.post("/planning/oversight/reminders/run?on=" + threeBefore, "");
    assertThat(run.status()).as(run.toString()).isEqualTo(200);
    JsonObject result = run.json();
    assertThat(result.getInt("planYear")).isEqualTo(year);
    // The district is reminded; its street's date (end of February) is a month away.
    assertThat(lines(result)).containsExactly(district + " " + districtDue + " BEFORE_3");
    assertThat(result.getInt("reminders")).isEqualTo(1);

    Reply again = office.post("/planning/oversight/reminders/run?on=" + threeBefore, "");
    assertThat(again.status()).isEqualTo(200);
    assertThat(lines(again.json())).as("never twice").isEmpty();

    Reply after =
        office.post("/planning/oversight/reminders/run?on=" + districtDue.plusDays(1), "");
    assertThat(after.status()).as(after.toString()).isEqualTo(200);
    assertThat(lines(after.json())).containsExactly(district + " " + districtDue + " OVERDUE");
    assertThat(after.json().getInt("overdue")).isEqualTo(1);

    // Only the planning office runs it.
    assertThat(
            Accounts.as(streetHandler)
                .post("/planning/oversight/reminders/run?on=" + threeBefore, "")
                .status())
        .isEqualTo(403);

    // Both notices reach the district's planning office.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              String inbox = office.get("/notifications?max=50").body();
              assertThat(inbox).contains(districtName).contains(districtDue.toString());
              assertThat(inbox).contains("前发布").contains("已超过法定时限");
            });

    // Each run is audited with who ran it.
    List<JsonObject> audited =
        Api.as("auditadmin")
            .get("/audit?entityType=PlanningReminderRun&entityId=" + threeBefore + "&max=50")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(audited)
        .filteredOn(entry -> districtOffice.equals(entry.getString("actor")))
        .extracting(entry -> entry.getString("action"))
        .containsExactly("RUN", "RUN");
  }

  @Test
  void theLateListShowsTheDistrictAndItsStreetByScopeWithTheOverdueTaskAndAsExcel() {
    // Last year: every statutory date has passed, and neither unit has a plan.
    int year = today.getYear() - 1;
    Reply created =
        Api.as("hotline")
            .post(
                "/planning/immediate-tasks",
                Api.json(
                    "source",
                    "HOTLINE_12345",
                    "externalReference",
                    Codes.unique("OV"),
                    "problem",
                    "督办测试：路灯不亮",
                    "leadUnitCode",
                    street,
                    "workingDays",
                    3));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    LocalDate deadline = LocalDate.parse(created.json().getString("deadline"));
    LocalDate on = deadline.plusDays(10);

    Reply late =
        Accounts.as(districtOffice).get("/planning/oversight/late?year=" + year + "&on=" + on);
    assertThat(late.status()).as(late.toString()).isEqualTo(200);
    JsonObject report = late.json();
    assertThat(report.getInt("planYear")).isEqualTo(year);
    List<JsonObject> rows = report.getJsonArray("rows").getValuesAs(JsonObject.class);
    assertThat(rows).extracting(r -> r.getString("unitCode")).containsExactly(district, street);

    JsonObject districtRow = rows.get(0);
    LocalDate districtDue = LocalDate.of(year, 1, 31);
    assertThat(districtRow.getString("level")).isEqualTo("DISTRICT");
    assertThat(districtRow.getString("dueDate")).isEqualTo(districtDue.toString());
    assertThat(!districtRow.containsKey("planState") || districtRow.isNull("planState")).isTrue();
    assertThat(districtRow.getInt("daysLate"))
        .isEqualTo((int) ChronoUnit.DAYS.between(districtDue, on));
    assertThat(districtRow.getInt("overdueTasks")).isZero();

    JsonObject streetRow = rows.get(1);
    LocalDate streetDue = YearMonth.of(year, 2).atEndOfMonth();
    assertThat(streetRow.getString("level")).isEqualTo("STREET");
    assertThat(streetRow.getString("dueDate")).isEqualTo(streetDue.toString());
    assertThat(streetRow.getInt("daysLate"))
        .isEqualTo((int) ChronoUnit.DAYS.between(streetDue, on));
    assertThat(streetRow.getInt("runningTasks")).isEqualTo(1);
    assertThat(streetRow.getInt("overdueTasks")).isEqualTo(1);
    assertThat(streetRow.getString("worstLight")).isEqualTo("RED");

    // A street sees itself only.
    List<JsonObject> streetOnly =
        Accounts.as(streetOffice)
            .get("/planning/oversight/late?year=" + year + "&on=" + on)
            .json()
            .getJsonArray("rows")
            .getValuesAs(JsonObject.class);
    assertThat(streetOnly).extracting(r -> r.getString("unitCode")).containsExactly(street);

    // The same list as Excel.
    Reply excel =
        Accounts.as(districtOffice)
            .get("/planning/oversight/late/export?year=" + year + "&on=" + on);
    assertThat(excel.status()).as(excel.toString()).isEqualTo(200);
    assertThat(excel.contentType()).contains("spreadsheetml");
    assertThat(excel.body()).startsWith("PK");

    // The page and the dashboard card.
    Reply page =
        Accounts.as(districtOffice)
            .getAbsolute(Api.server() + "/governance/planning/late.xhtml?year=" + year);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    assertThat(page.body())
        .contains(district)
        .contains(street)
        .contains("data-plan-state=\"NONE\"");
    Reply dashboard =
        Accounts.as(districtOffice).getAbsolute(Api.server() + "/governance/index.xhtml");
    assertThat(dashboard.status()).isEqualTo(200);
    assertThat(dashboard.body()).contains("widget-planning-late").contains("planning-late-plans");
  }

  private static List<String> lines(JsonObject result) {
    return result.getJsonArray("sent").getValuesAs(JsonObject.class).stream()
        .map(
            l -> l.getString("unitCode") + " " + l.getString("dueDate") + " " + l.getString("kind"))
        .toList();
  }
}
