package cn.finegov.systemtest.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The calendar's REST API against the deployed EAR: computation for any signed-in caller, the
 * shipped 2025/2026 arrangements, day changes and year files with their audit entries and per-line
 * errors, and the permission kernel.calendar.manage. Changes go to regions of their own (unique
 * codes), so that the national calendar other tests rely on stays as shipped.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarApiIT {

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private static String region() {
    return Codes.unique("CAL");
  }

  @Test
  void anySignedInCallerComputesDeadlinesWithAnExplanationInItsLanguage() {
    Reply days = Api.as("gridworker").get("/calendar/add-working-days?start=2026-09-28&days=20");

    assertThat(days.status()).as(days.toString()).isEqualTo(200);
    JsonObject due = days.json();
    assertThat(due.getString("dueDate")).isEqualTo("2026-10-30");
    assertThat(due.getBoolean("provisional")).isFalse();
    assertThat(due.getJsonNumber("calendarVersion").longValue()).isPositive();
    assertThat(due.getString("explanation"))
        .isEqualTo("自2026-09-28起20个工作日（截止2026-10-30）：跳过10-01至10-07国庆节，计入调休工作日10-10");
    assertThat(due.getString("explanationEn"))
        .isEqualTo(
            "20 working days from 2026-09-28 (due 2026-10-30): skips 10-01..10-07 National Day,"
                + " counts adjusted workday 10-10");

    JsonObject hours =
        Api.as("observer")
            .inEnglish()
            .get("/calendar/add-working-hours?start=2026-09-30T16:00&hours=7")
            .json();
    assertThat(hours.getString("dueDate")).isEqualTo("2026-10-08");
    assertThat(hours.getString("dueTime")).isEqualTo("16:00");
    assertThat(hours.getString("explanation"))
        .startsWith("7 working hours from 2026-09-30 16:00 (office hours 08:30-12:00,14:00-17:30;");

    JsonObject count =
        Api.as("clerk").get("/calendar/count-working-days?from=2026-02-13&to=2026-02-28").json();
    assertThat(count.getInt("workingDays")).isEqualTo(6);
    assertThat(count.getString("explanation")).contains("跳过02-15至02-23春节", "计入调休工作日02-14");
  }

  @Test
  void aDeadlineIntoAYearWithoutArrangementIsProvisional() {
    JsonObject due =
        Api.as("clerk")
            .inEnglish()
            .get("/calendar/add-working-days?start=2150-12-20&days=20")
            .json();

    assertThat(due.getBoolean("provisional")).isTrue();
    assertThat(due.getString("explanation"))
        .contains("provisional: no holiday arrangement loaded for 2150, 2151");
  }

  @Test
  void computationNeedsASignedInCallerAndValidInput() {
    assertThat(Api.anonymous().get("/calendar/add-working-days?start=2026-09-28&days=1").status())
        .isEqualTo(401);

    Reply bad =
        Api.as("clerk")
            .inEnglish()
            .get("/calendar/add-working-days?start=2026-02-30&days=-1&region=x!");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.json().getJsonArray("errors"))
        .extracting(v -> v.asJsonObject().getString("field"))
        .contains("start");
    Reply range =
        Api.as("clerk")
            .inEnglish()
            .get("/calendar/add-working-days?start=2026-02-01&days=-1&region=x!");
    assertThat(range.json().getJsonArray("errors"))
        .extracting(v -> v.asJsonObject().getString("field"))
        .containsExactly("days", "region");
    assertThat(range.json().getString("detail")).contains("must be between 0 and 2600");
  }

  @Test
  void theShippedArrangementsAreLoaded() {
    JsonObject year = Api.as("leader").get("/calendar/days?year=2026").json();

    assertThat(year.getBoolean("arranged")).isTrue();
    assertThat(year.getJsonArray("days")).hasSize(365);
    JsonObject october10 = dayOf(year.getJsonArray("days"), "2026-10-10");
    assertThat(october10.getString("type")).isEqualTo("ADJUSTED_WORKDAY");
    assertThat(october10.getBoolean("working")).isTrue();
    assertThat(october10.getString("decidedBy")).isEqualTo("NATIONAL");
    assertThat(dayOf(year.getJsonArray("days"), "2026-02-17").getString("name")).isEqualTo("春节");
    assertThat(
            Api.as("leader")
                .get("/calendar/days?year=2026&special=true")
                .json()
                .getJsonArray("days"))
        .hasSize(39);
    assertThat(
            Api.as("leader")
                .get("/calendar/days?year=2025&special=true")
                .json()
                .getJsonArray("days"))
        .hasSize(33);
    JsonArray years = Api.as("leader").get("/calendar/years").jsonArray();
    assertThat(years)
        .extracting(v -> v.asJsonObject().getInt("year") + "/" + v.asJsonObject().get("region"))
        .contains("2025/null", "2026/null");
  }

  @Test
  void anAdministratorChangesADayOfARegionAndTheChangeIsAuditedAndCounted() {
    String region = region();
    Reply before =
        Api.as("sysadmin")
            .get("/calendar/add-working-days?start=2026-10-09&days=1&region=" + region);
    assertThat(before.json().getString("dueDate")).isEqualTo("2026-10-10");

    Reply changed =
        Api.as("sysadmin")
            .put(
                "/calendar/days/2026-10-10?region=" + region,
                Api.json("type", "WEEKEND", "name", null, "nameEn", null));

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("type")).isEqualTo("WEEKEND");
    assertThat(changed.json().getString("decidedBy")).isEqualTo("REGIONAL");
    assertThat(changed.json().getString("nationalType")).isEqualTo("ADJUSTED_WORKDAY");
    JsonObject after =
        Api.as("sysadmin")
            .get("/calendar/add-working-days?start=2026-10-09&days=1&region=" + region)
            .json();
    assertThat(after.getString("dueDate")).isEqualTo("2026-10-12");
    assertThat(after.getJsonNumber("calendarVersion").longValue())
        .isGreaterThan(before.json().getJsonNumber("calendarVersion").longValue());
    assertThat(after.getString("explanation"))
        .startsWith("自2026-10-09起1个工作日（截止2026-10-12）：按地区日历" + region);
    assertThat(
            Api.as("sysadmin")
                .get("/calendar/add-working-days?start=2026-10-09&days=1")
                .json()
                .getString("dueDate"))
        .as("the national calendar is untouched")
        .isEqualTo("2026-10-10");
    assertThat(Api.as("sysadmin").get("/calendar/regions").jsonArray())
        .extracting(v -> ((jakarta.json.JsonString) v).getString())
        .contains(region);

    JsonObject audit =
        Api.as("auditadmin")
            .get("/audit?entityType=CalendarDay&entityId=" + region + ":2026-10-10")
            .json();
    assertThat(audit.getInt("total")).isEqualTo(1);
    JsonObject entry = audit.getJsonArray("items").getJsonObject(0);
    assertThat(entry.getString("actor")).isEqualTo("sysadmin");
    assertThat(entry.getString("action")).isEqualTo("UPDATE");
    assertThat(entry.getString("before")).contains("ADJUSTED_WORKDAY", "NATIONAL");
    assertThat(entry.getString("after")).contains("WEEKEND", "REGIONAL");

    Reply reset = Api.as("sysadmin").delete("/calendar/days/2026-10-10?region=" + region);
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    assertThat(reset.json().getString("type")).isEqualTo("ADJUSTED_WORKDAY");
    assertThat(reset.json().getString("decidedBy")).isEqualTo("NATIONAL");
  }

  @Test
  void aDayChangeAgainstTheWeekdayIsRefusedWithTheReason() {
    Reply refused =
        Api.as("sysadmin")
            .inEnglish()
            .put(
                "/calendar/days/2026-10-08?region=" + region(),
                Api.json("type", "ADJUSTED_WORKDAY", "name", "x"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getString("detail"))
        .contains("2026-10-08 is a Thursday and cannot be \"Adjusted workday\"");
    Reply nameless =
        Api.as("sysadmin")
            .put("/calendar/days/2026-10-08?region=" + region(), Api.json("type", "HOLIDAY"));
    assertThat(nameless.status()).isEqualTo(400);
    assertThat(nameless.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("name");
  }

  @Test
  void withoutTheCalendarPermissionChangesAre403AndChangeNothing() {
    String region = region();
    String file = "date,type,name\n2031-05-06,HOLIDAY,测试\n";
    for (String user : List.of("leader", "gridworker", "secadmin", "auditadmin")) {
      Api api = Api.as(user);
      assertThat(
              api.put(
                      "/calendar/days/2026-10-08?region=" + region,
                      Api.json("type", "HOLIDAY", "name", "越权"))
                  .status())
          .as(user)
          .isEqualTo(403);
      assertThat(api.delete("/calendar/days/2026-10-01").status()).as(user).isEqualTo(403);
      assertThat(
              api.postBytes(
                      "/calendar/years/2031?region=" + region,
                      "text/csv",
                      file.getBytes(StandardCharsets.UTF_8))
                  .status())
          .as(user)
          .isEqualTo(403);
      assertThat(api.get("/calendar/add-working-days?start=2026-09-28&days=1").status())
          .as(user)
          .isEqualTo(200);
    }
    assertThat(
            Api.as("sysadmin")
                .get("/calendar/days/2026-10-08?region=" + region)
                .json()
                .getString("type"))
        .isEqualTo("WORKDAY");
    assertThat(Api.as("sysadmin").get("/calendar/days/2026-10-01").json().getString("type"))
        .isEqualTo("HOLIDAY");
    assertThat(
            Api.as("sysadmin")
                .get("/calendar/days?year=2031&region=" + region)
                .json()
                .getBoolean("arranged"))
        .isFalse();
  }

  @Test
  void aYearFileWithErrorsIsRefusedLineByLineAndLoadsNothing() {
    String region = region();
    String file =
        "# 2031 test\n"
            + "date,type,name,name_en\n"
            + "2031-05-01,HOLIDAY,劳动节,Labour Day\n"
            + "2031-05-32,HOLIDAY,坏日期\n"
            + "2031-05-06,ADJUSTED_WORKDAY,周二\n"
            + "2031-05-07,HOLIDAY,\n"
            + "2030-12-31,HOLIDAY,去年\n";

    Reply refused =
        Api.as("sysadmin")
            .postBytes(
                "/calendar/years/2031?region=" + region,
                "text/csv",
                file.getBytes(StandardCharsets.UTF_8));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    JsonArray errors = refused.json().getJsonArray("errors");
    assertThat(errors)
        .extracting(v -> v.asJsonObject().getString("field"))
        .containsExactly("line 4", "line 5", "line 6", "line 7");
    assertThat(errors.getJsonObject(0).getString("message")).contains("2031-05-32");
    assertThat(errors.getJsonObject(1).getString("message")).contains("星期二", "调休上班");
    assertThat(errors.getJsonObject(3).getString("message")).contains("2030-12-31", "2031");
    assertThat(
            Api.as("sysadmin")
                .get("/calendar/days?year=2031&region=" + region)
                .json()
                .getBoolean("arranged"))
        .isFalse();
    assertThat(
            Api.as("sysadmin")
                .get("/calendar/days/2031-05-01?region=" + region)
                .json()
                .getString("type"))
        .isEqualTo("WORKDAY");

    Reply notUtf8 =
        Api.as("sysadmin")
            .inEnglish()
            .postBytes(
                "/calendar/years/2031?region=" + region,
                "text/csv",
                "date,type,name\n2031-05-01,HOLIDAY,劳动节\n"
                    .getBytes(java.nio.charset.Charset.forName("GBK")));
    assertThat(notUtf8.status()).isEqualTo(400);
    assertThat(notUtf8.json().getString("detail")).contains("not UTF-8");

    byte[] huge = new byte[300 * 1024];
    java.util.Arrays.fill(huge, (byte) '#');
    Reply tooLarge =
        Api.as("sysadmin").postBytes("/calendar/years/2031?region=" + region, "text/csv", huge);
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("file");
  }

  @Test
  void aValidYearFileArrangesTheYearForTheRegionAndIsAudited() {
    String region = region();
    String file =
        "\uFEFFdate,type,name,name_en\n"
            + "2031-05-01,HOLIDAY,劳动节,Labour Day\n"
            + "2031-05-02,HOLIDAY,劳动节,Labour Day\n"
            + "2031-05-03,HOLIDAY,劳动节,Labour Day\n"
            + "2031-04-27,调休上班,劳动节调休上班,\n";

    Reply loaded =
        Api.as("sysadmin")
            .postBytes(
                "/calendar/years/2031?region=" + region + "&name=2031-test.csv",
                "text/csv",
                file.getBytes(StandardCharsets.UTF_8));

    assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);
    assertThat(loaded.json().getInt("days")).isEqualTo(4);
    assertThat(loaded.json().getInt("year")).isEqualTo(2031);
    JsonObject year = Api.as("sysadmin").get("/calendar/days?year=2031&region=" + region).json();
    assertThat(year.getBoolean("arranged")).isTrue();
    assertThat(dayOf(year.getJsonArray("days"), "2031-04-27").getString("type"))
        .isEqualTo("ADJUSTED_WORKDAY");
    assertThat(dayOf(year.getJsonArray("days"), "2031-05-02").getString("origin"))
        .isEqualTo("UPLOAD");
    JsonObject regional =
        Api.as("clerk")
            .inEnglish()
            .get("/calendar/add-working-days?start=2031-04-30&days=1&region=" + region)
            .json();
    assertThat(regional.getString("dueDate")).isEqualTo("2031-05-05");
    assertThat(regional.getBoolean("provisional")).isFalse();
    assertThat(regional.getString("explanation")).contains("skips 05-01..05-03 Labour Day");
    assertThat(
            Api.as("clerk")
                .get("/calendar/add-working-days?start=2031-04-30&days=1")
                .json()
                .getBoolean("provisional"))
        .as("nationally 2031 has no arrangement")
        .isTrue();
    JsonObject audit =
        Api.as("auditadmin")
            .get("/audit?entityType=CalendarYear&entityId=" + region + ":2031")
            .json();
    assertThat(audit.getInt("total")).isEqualTo(1);
    assertThat(audit.getJsonArray("items").getJsonObject(0).getString("after"))
        .contains("2031-test.csv", "UPLOAD");

    String replacement = "date,type,name\n2031-05-01,HOLIDAY,劳动节\n";
    Reply replaced =
        Api.as("sysadmin")
            .postBytes(
                "/calendar/years/2031?region=" + region,
                "text/plain",
                replacement.getBytes(StandardCharsets.UTF_8));
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(
            Api.as("sysadmin")
                .get("/calendar/days?year=2031&special=true&region=" + region)
                .json()
                .getJsonArray("days"))
        .extracting(v -> v.asJsonObject().getString("date"))
        .containsExactly("2031-05-01");
  }

  @Test
  void theYearIsExportedToExcel() {
    Reply export = Api.as("leader").get("/calendar/years/2026/export");

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(export.header("Content-Disposition"))
        .hasValueSatisfying(h -> assertThat(h).contains("calendar-2026.xlsx"));
    assertThat(export.body()).startsWith("PK");
  }

  private static JsonObject dayOf(JsonArray days, String date) {
    for (JsonValue day : days) {
      if (day.asJsonObject().getString("date").equals(date)) {
        return day.asJsonObject();
      }
    }
    throw new AssertionError("no day " + date);
  }
}
