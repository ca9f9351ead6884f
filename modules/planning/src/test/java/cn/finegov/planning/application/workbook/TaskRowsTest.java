package cn.finegov.planning.application.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.finegov.kernel.api.export.XlsxRows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** The row checks of the task-list import, on workbooks written like a person would fill them. */
class TaskRowsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  /**
   * The plan's unit 990102 (/1/2/) with a street below it, a unit elsewhere and an inactive one.
   */
  private static final Map<String, String> UNITS =
      Map.of("990102", "/1/2/", "990102001", "/1/2/7/", "990103", "/1/3/", "990102-CG", "/1/2/9/");

  private static final TaskRows.Context CONTEXT =
      new TaskRows.Context("/1/2/", TODAY, code -> Optional.ofNullable(UNITS.get(code)));

  private static final String[] HEADER = {
    "任务名称*", "存在问题", "工作目标", "主要措施", "牵头单位代码*", "配合单位代码", "完成时限*", "任务来源", "优先级", "民生微实事", "权重"
  };

  private static byte[] workbook(String[] header, Object[]... rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("任务清单");
    for (int c = 0; c < header.length; c++) {
      sheet.value(0, c, header[c]);
    }
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        Object value = rows[r][c];
        if (value instanceof String text) {
          sheet.value(r + 1, c, text);
        } else if (value instanceof Number number) {
          sheet.value(r + 1, c, number);
        } else if (value instanceof LocalDate date) {
          sheet.value(r + 1, c, date);
        }
      }
    }
    workbook.finish();
    return out.toByteArray();
  }

  @Test
  void goodRowsBecomeDraftsWithLabelsParsedAndDefaultsLeftToTheService() throws IOException {
    TaskRows.Checked checked =
        TaskRows.check(
            workbook(
                HEADER,
                new Object[] {
                  "背街小巷整治",
                  "路面破损",
                  "整治20条",
                  "修复立面",
                  "990102001",
                  "990102-CG、990102",
                  "2026-12-31",
                  "12345热线",
                  "高",
                  "是",
                  3
                },
                new Object[] {"加装电梯", null, null, null, "990102", null, LocalDate.of(2026, 6, 30)}),
            CONTEXT);

    assertThat(checked.errors()).isEmpty();
    assertThat(checked.valid()).isTrue();
    assertThat(checked.total()).isEqualTo(2);
    assertThat(checked.rows()).extracting(TaskRows.Row::number).containsExactly(2, 3);
    var first = checked.rows().get(0).draft();
    assertThat(first.title()).isEqualTo("背街小巷整治");
    assertThat(first.leadUnitCode()).isEqualTo("990102001");
    assertThat(first.cooperatingUnitCodes()).containsExactly("990102-CG", "990102");
    assertThat(first.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(first.source()).isEqualTo("HOTLINE_12345");
    assertThat(first.priority()).isEqualTo("HIGH");
    assertThat(first.livelihood()).isTrue();
    assertThat(first.weight()).isEqualTo(3);
    var second = checked.rows().get(1).draft();
    assertThat(second.deadline()).as("a date cell").isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(second.source()).isNull();
    assertThat(second.weight()).isNull();
  }

  @Test
  void everyBadCellIsReportedWithRowColumnAndReason() throws IOException {
    TaskRows.Checked checked =
        TaskRows.check(
            workbook(
                HEADER,
                new Object[] {"好的任务", null, null, null, "990102", null, "2026-12-31"},
                new Object[] {
                  null, null, null, null, "990199", "990102,XX", "明年", "报纸", "紧急", "也许", 0
                },
                new Object[] {"越界任务", null, null, null, "990103", null, "2026-03-09"},
                new Object[] {"好的任务", null, null, null, "990102", null, "2026/3/10"}),
            CONTEXT);

    assertThat(checked.valid()).isFalse();
    assertThat(checked.total()).isEqualTo(4);
    assertThat(checked.rows()).extracting(TaskRows.Row::number).containsExactly(2);
    assertThat(checked.errors())
        .extracting(RowError::row, RowError::column, RowError::field, RowError::messageKey)
        .containsExactly(
            tuple(3, "A", "title", "planning.workbook.required"),
            tuple(3, "E", "leadUnitCode", "planning.workbook.unit-unknown"),
            tuple(3, "F", "cooperatingUnitCodes", "planning.workbook.unit-unknown"),
            tuple(3, "G", "deadline", "planning.workbook.date"),
            tuple(3, "H", "source", "planning.workbook.choice"),
            tuple(3, "I", "priority", "planning.workbook.choice"),
            tuple(3, "J", "livelihood", "planning.workbook.flag"),
            tuple(3, "K", "weight", "planning.workbook.weight"),
            tuple(4, "E", "leadUnitCode", "planning.workbook.lead-outside"),
            tuple(4, "G", "deadline", "planning.workbook.deadline-past"),
            tuple(5, "A", "title", "planning.workbook.duplicate-title"));
    assertThat(checked.errors().get(1).arguments()).containsExactly("990199");
    assertThat(checked.errors().get(2).arguments()).containsExactly("XX");
    assertThat(checked.errors().get(9).arguments()).containsExactly("2026-03-09");
    assertThat(checked.errors().get(10).arguments()).containsExactly("2");
  }

  @Test
  void headersAreFoundInEitherLanguageInAnyOrder() throws IOException {
    String[] english = {"Deadline", "lead unit code*", "Title"};
    TaskRows.Checked checked =
        TaskRows.check(workbook(english, new Object[] {"2026年12月1日", "990102", "Task"}), CONTEXT);

    assertThat(checked.errors()).isEmpty();
    assertThat(checked.rows().get(0).draft().deadline()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void aMissingRequiredColumnOrAnUnreadableFileIsOneErrorForTheFile() throws IOException {
    TaskRows.Checked noDeadline =
        TaskRows.check(
            workbook(new String[] {"任务名称", "牵头单位代码"}, new Object[] {"A", "990102"}), CONTEXT);
    assertThat(noDeadline.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.row()).isEqualTo(1);
              assertThat(e.messageKey()).isEqualTo("planning.workbook.header");
              assertThat(e.arguments()).containsExactly("完成时限/Deadline");
            });
    assertThat(TaskRows.check("no workbook".getBytes(), CONTEXT).errors())
        .extracting(RowError::row, RowError::messageKey)
        .containsExactly(tuple(0, "planning.workbook.unreadable"));
    assertThat(TaskRows.check(workbook(HEADER), CONTEXT).errors())
        .extracting(RowError::messageKey)
        .containsExactly("planning.workbook.no-rows");
  }

  @Test
  void theTemplateReadsBackAsAHeaderWithEveryColumn() throws IOException {
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      TaskTemplate.write(locale, out);
      List<XlsxRows.Row> rows = XlsxRows.read(out.toByteArray());
      assertThat(rows).as("only the header on the first sheet").hasSize(1);
      assertThat(rows.get(0).cells().values())
          .map(h -> TaskColumn.ofHeader(h).orElseThrow())
          .containsExactly(TaskColumn.values());
    }
  }

  @Test
  void cellValuesAsPeopleTypeThem() {
    assertThat(TaskRows.date("46022")).contains(LocalDate.of(2025, 12, 31));
    assertThat(TaskRows.date("2026.2.28")).contains(LocalDate.of(2026, 2, 28));
    assertThat(TaskRows.date("2026-02-30")).isEmpty();
    assertThat(TaskRows.flag("否")).isFalse();
    assertThat(TaskRows.flag("Yes")).isTrue();
    assertThat(TaskRows.weight("3.0")).isEqualTo(3);
    assertThat(TaskRows.weight("101")).isNull();
    assertThat(TaskRows.weight("2.5")).isNull();
    assertThat(TaskColumn.letter(0)).isEqualTo("A");
    assertThat(TaskColumn.letter(26)).isEqualTo("AA");
  }
}
