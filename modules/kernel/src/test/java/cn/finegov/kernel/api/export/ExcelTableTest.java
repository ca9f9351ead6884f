package cn.finegov.kernel.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class ExcelTableTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private record Unit(
      String code,
      String name,
      Integer sortOrder,
      BigDecimal area,
      Instant changed,
      Boolean active) {}

  private static final List<Unit> UNITS =
      List.of(
          new Unit(
              "990102",
              "望江区",
              3,
              new BigDecimal("12.5"),
              Instant.parse("2026-03-01T08:30:15Z"),
              true),
          new Unit("990102001", "望江街道", null, null, null, null));

  private static ExcelTable<Unit> table() {
    return ExcelTable.<Unit>sheet("组织机构", SHANGHAI)
        .column("单位代码", Unit::code, 14)
        .column("名称", Unit::name, 30)
        .column("排序号", Unit::sortOrder, 8)
        .column("面积", Unit::area, 8)
        .column("修改时间", Unit::changed, 20)
        .column("在用", Unit::active, 6);
  }

  private static List<Row> readBack(byte[] xlsx, String sheetName) throws IOException {
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      Sheet sheet = workbook.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo(sheetName);
      return sheet.read();
    }
  }

  @Test
  void theFirstRowHoldsTheColumnTitles() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table().write(UNITS, out);

    Row header = readBack(out.toByteArray(), "组织机构").get(0);
    assertThat(header.getRowNum()).isEqualTo(1);
    assertThat(header.stream().map(cell -> cell.asString()).toList())
        .containsExactly("单位代码", "名称", "排序号", "面积", "修改时间", "在用");
  }

  @Test
  void eachRowFollowsTheHeaderWithItsValuesInTheirTypes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table().write(UNITS, out);

    List<Row> rows = readBack(out.toByteArray(), "组织机构");
    assertThat(rows).hasSize(3);

    Row first = rows.get(1);
    assertThat(first.getCellAsString(0)).hasValue("990102");
    assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
    assertThat(first.getCellAsString(1)).hasValue("望江区");
    assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
    assertThat(first.getCellAsNumber(2))
        .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("3"));
    assertThat(first.getCellAsNumber(3))
        .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("12.5"));
    assertThat(first.getCellAsBoolean(5)).hasValue(true);
  }

  @Test
  void instantsAreWrittenAsDatesInTheGivenZone() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table().write(UNITS, out);

    Row first = readBack(out.toByteArray(), "组织机构").get(1);
    assertThat(first.getCell(4).getType()).isEqualTo(CellType.NUMBER);
    assertThat(first.getCellAsDate(4)).hasValue(LocalDateTime.of(2026, 3, 1, 16, 30, 15));
    assertThat(first.getCell(4).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
  }

  @Test
  void localDatesAreWrittenAsDates() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExcelTable.<LocalDate>sheet("日期", SHANGHAI)
        .column("日期", date -> date, 12)
        .write(List.of(LocalDate.of(2026, 1, 31)), out);

    Row row = readBack(out.toByteArray(), "日期").get(1);
    assertThat(row.getCellAsDate(0)).hasValue(LocalDateTime.of(2026, 1, 31, 0, 0));
    assertThat(row.getCell(0).getDataFormatString()).isEqualTo("yyyy-mm-dd");
  }

  @Test
  void nullValuesLeaveTheCellEmpty() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table().write(UNITS, out);

    Row second = readBack(out.toByteArray(), "组织机构").get(2);
    assertThat(second.getCellAsString(0)).hasValue("990102001");
    assertThat(second.getCellAsString(1)).hasValue("望江街道");
    for (int column = 2; column <= 5; column++) {
      int c = column;
      assertThat(second.getOptionalCell(c))
          .as("column %d", c)
          .satisfiesAnyOf(
              cell -> assertThat(cell).isEmpty(),
              cell -> assertThat(cell.get().getType()).isEqualTo(CellType.EMPTY));
    }
  }

  @Test
  void otherValuesAreWrittenAsText() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExcelTable.<ZoneId>sheet("Zones", SHANGHAI)
        .column("Zone", zone -> zone, 20)
        .write(List.of(SHANGHAI), out);

    Row row = readBack(out.toByteArray(), "Zones").get(1);
    assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
    assertThat(row.getCellAsString(0)).hasValue("Asia/Shanghai");
  }

  @Test
  void withoutRowsOnlyTheHeaderIsWritten() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table().write(List.of(), out);

    assertThat(readBack(out.toByteArray(), "组织机构")).hasSize(1);
  }

  @Test
  void theCallersStreamIsNotClosed() throws IOException {
    CloseTracking out = new CloseTracking();
    table().write(UNITS, out);

    assertThat(out.closed).isFalse();
    out.write('!');
    byte[] written = out.toByteArray();
    assertThat(written).hasSizeGreaterThan(100);
    assertThat(new String(written, 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PK");
    assertThat(readBack(java.util.Arrays.copyOf(written, written.length - 1), "组织机构")).hasSize(3);
  }

  @Test
  void theContentTypeIsThatOfXlsx() {
    assertThat(ExcelTable.CONTENT_TYPE)
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  /** A stream that refuses to be written after being closed, as a servlet response does. */
  private static final class CloseTracking extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean closed;

    @Override
    public void write(int b) throws IOException {
      if (closed) {
        throw new IOException("closed");
      }
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("closed");
      }
      bytes.write(b, off, len);
    }

    @Override
    public void close() {
      closed = true;
    }

    byte[] toByteArray() {
      return bytes.toByteArray();
    }
  }
}
