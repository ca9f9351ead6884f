package cn.finegov.planning.application.workbook;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The task-list template: the first sheet has the header row (required columns marked with an
 * asterisk and shaded) and nothing else, so that it can be filled and uploaded as it is; the second
 * sheet explains each column with an example. Headers in the reader's language; both languages are
 * read back.
 */
public final class TaskTemplate {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final List<String[]> HELP =
      List.of(
          new String[] {
            "必填，200字以内，同一文件内不得重复",
            "Required, at most 200 characters, unique in the file",
            "背街小巷环境整治"
          },
          new String[] {"", "", "部分背街小巷路面破损、乱堆乱放"},
          new String[] {"", "", "年底前完成20条背街小巷整治"},
          new String[] {"", "", "路面修复、立面整治、长效保洁"},
          new String[] {
            "必填，本计划单位或其下级单位的代码", "Required: code of the plan's unit or a unit below it", "990102"
          },
          new String[] {"单位代码，多个用逗号或顿号分隔", "Unit codes separated by commas", "990102-CG、990102-JT"},
          new String[] {
            "必填，日期，不早于今天，如 2026-12-31",
            "Required: a date not before today, e.g. 2026-12-31",
            "2026-12-31"
          },
          new String[] {
            "12345热线、政府门户网站、移动端、媒体、人大代表联络站、政协委员工作室、其他（空为其他）",
            "HOTLINE_12345, GOVERNMENT_PORTAL, MOBILE_APP, MEDIA, DEPUTY_LIAISON_STATION, CPPCC_STUDIO, OTHER (blank: OTHER)",
            "12345热线"
          },
          new String[] {"高、中、低（空为中）", "HIGH, NORMAL, LOW (blank: NORMAL)", "高"},
          new String[] {"是或否（空为否）", "yes or no (blank: no)", "是"},
          new String[] {"1至100的整数（空为1）", "An integer 1..100 (blank: 1)", "2"});

  private TaskTemplate() {}

  /** Writes the template; the stream is not closed. */
  public static void write(Locale locale, OutputStream out) throws IOException {
    boolean english = "en".equals(locale.getLanguage());
    Workbook workbook = new Workbook(new NonClosing(out), "governance", "1.0");
    Worksheet sheet = workbook.newWorksheet(english ? "Tasks" : "任务清单");
    TaskColumn[] columns = TaskColumn.values();
    for (int c = 0; c < columns.length; c++) {
      sheet.value(0, c, columns[c].header(locale));
      sheet.style(0, c).bold().fillColor(columns[c].required() ? "F8D7A8" : "DDE6F0").set();
      sheet.width(c, columns[c].width());
    }
    sheet.freezePane(0, 1);
    Worksheet help = workbook.newWorksheet(english ? "How to fill in" : "填写说明");
    help.value(0, 0, english ? "Column" : "列");
    help.value(0, 1, english ? "Rule" : "填写要求");
    help.value(0, 2, english ? "Example" : "示例");
    help.style(0, 0).bold().set();
    help.style(0, 1).bold().set();
    help.style(0, 2).bold().set();
    help.width(0, 22);
    help.width(1, 70);
    help.width(2, 36);
    for (int r = 0; r < columns.length; r++) {
      help.value(r + 1, 0, columns[r].header(locale));
      help.value(r + 1, 1, HELP.get(r)[english ? 1 : 0]);
      help.value(r + 1, 2, HELP.get(r)[2]);
    }
    workbook.finish();
  }

  /** fastexcel closes its stream when it finishes; the caller owns it. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
