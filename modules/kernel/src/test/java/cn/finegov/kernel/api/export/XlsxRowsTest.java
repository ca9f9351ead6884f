package cn.finegov.kernel.api.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class XlsxRowsTest {

  @Test
  void readsTextsNumbersAndBooleansOfTheFirstSheetByRowAndColumn() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet first = workbook.newWorksheet("first");
    first.value(0, 0, "code");
    first.value(0, 2, "名称");
    first.value(1, 0, new BigDecimal("9901020010010020"));
    first.value(1, 1, true);
    first.value(1, 2, "  望江街道  ");
    first.value(3, 1, 2.5);
    first.value(3, 27, "AB");
    workbook.newWorksheet("second").value(0, 0, "not read");
    workbook.finish();

    List<XlsxRows.Row> rows = XlsxRows.read(out.toByteArray());

    assertThat(rows).extracting(XlsxRows.Row::number).containsExactly(1, 2, 4);
    assertThat(rows.get(0).cell(0)).isEqualTo("code");
    assertThat(rows.get(0).cell(1)).isNull();
    assertThat(rows.get(0).cell(2)).isEqualTo("名称");
    assertThat(rows.get(1).cell(0))
        .as("a 16-digit id stays readable")
        .isEqualTo("9901020010010020");
    assertThat(rows.get(1).cell(1)).isEqualTo("true");
    assertThat(rows.get(1).cell(2)).as("stripped").isEqualTo("望江街道");
    assertThat(rows.get(2).cell(1)).isEqualTo("2.5");
    assertThat(rows.get(2).cell(27)).isEqualTo("AB");
  }

  @Test
  void bytesThatAreNoWorkbookAreRefused() {
    assertThatThrownBy(() -> XlsxRows.read("code,name\n1,a".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class);
  }

  @Test
  void columnsAreCountedFromAAsZero() {
    assertThat(XlsxRows.columnOf("A1")).isZero();
    assertThat(XlsxRows.columnOf("Z9")).isEqualTo(25);
    assertThat(XlsxRows.columnOf("AB12")).isEqualTo(27);
  }
}
