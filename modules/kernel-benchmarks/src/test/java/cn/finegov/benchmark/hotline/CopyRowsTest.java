package cn.finegov.benchmark.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.simulators.hotline.Ticket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyRowsTest {

  private static Ticket ticket(String content, Ticket.Caller caller, Double jd, Integer blsx) {
    return new Ticket(
        "12345-20261123-1234567000001",
        "2026-11-23T09:15:02+08:00",
        "DH",
        "TS",
        "1101",
        null,
        caller,
        "江城市滨江区望江街道望江路18号",
        jd,
        jd == null ? null : 30.2745,
        content,
        null,
        blsx);
  }

  @Test
  void sixteenTabSeparatedFieldsWithNullsAsBackslashN() {
    String line =
        CopyRows.line(
            ticket("路灯不亮", new Ticket.Caller("张三", "13812341234", false, true), 120.15, 10));
    assertThat(line).endsWith("\n");
    String[] fields = line.substring(0, line.length() - 1).split("\t", -1);
    assertThat(fields)
        .containsExactly(
            "12345-20261123-1234567000001",
            "2026-11-23T09:15:02+08:00",
            "DH",
            "TS",
            "1101",
            "\\N",
            "张三",
            "13812341234",
            "false",
            "true",
            "江城市滨江区望江街道望江路18号",
            "120.15",
            "30.2745",
            "路灯不亮",
            "\\N",
            "10");
  }

  @Test
  void anAnonymousCallerWithoutPlaceOrLimitIsNulls() {
    String[] fields =
        CopyRows.line(ticket("x", new Ticket.Caller(null, null, true, false), null, null))
            .split("\t", -1);
    assertThat(fields[6]).isEqualTo("\\N");
    assertThat(fields[7]).isEqualTo("\\N");
    assertThat(fields[8]).isEqualTo("true");
    assertThat(fields[11]).isEqualTo("\\N");
    assertThat(fields[12]).isEqualTo("\\N");
    assertThat(fields[15]).isEqualTo("\\N\n");
  }

  @Test
  void tabsNewlinesAndBackslashesInTextAreEscaped() {
    String line =
        CopyRows.line(
            ticket("a\tb\nc\rd\\e", new Ticket.Caller("李四", "13900000000", false, false), 1.0, 1));
    assertThat(line.split("\t", -1)).hasSize(16);
    assertThat(line).contains("\ta\\tb\\nc\\rd\\\\e\t");
    assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
  }

  @Test
  void dataIsTheLinesInOrderInUtf8() {
    Ticket.Caller caller = new Ticket.Caller("王五", "13700000000", false, false);
    Ticket one = ticket("一", caller, 1.0, 1);
    Ticket two = ticket("二", caller, 2.0, 2);
    assertThat(new String(CopyRows.data(List.of(one, two)), StandardCharsets.UTF_8))
        .isEqualTo(CopyRows.line(one) + CopyRows.line(two));
  }
}
