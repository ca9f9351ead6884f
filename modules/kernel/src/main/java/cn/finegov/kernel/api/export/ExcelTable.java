package cn.finegov.kernel.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An .xlsx export of rows with named columns, written as a stream so that large lists do not sit in
 * memory. The first row holds the column titles (already in the reader's language), frozen; times
 * are shown in the given zone.
 *
 * @param <T> the row type
 */
public final class ExcelTable<T> {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private record Column<T>(String title, Function<T, ?> value, int width) {}

  private final String sheetName;
  private final ZoneId zone;
  private final List<Column<T>> columns = new ArrayList<>();

  private ExcelTable(String sheetName, ZoneId zone) {
    this.sheetName = Objects.requireNonNull(sheetName, "sheetName");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public static <T> ExcelTable<T> sheet(String sheetName, ZoneId zone) {
    return new ExcelTable<>(sheetName, zone);
  }

  /** Adds a column; {@code width} is in characters. */
  public ExcelTable<T> column(String title, Function<T, ?> value, int width) {
    columns.add(new Column<>(title, value, width));
    return this;
  }

  /** Writes the rows; the stream is not closed. */
  public void write(Iterable<T> rows, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(new NonClosing(out), "governance", "1.0");
    Worksheet sheet = workbook.newWorksheet(sheetName);
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, columns.get(c).title());
      sheet.style(0, c).bold().fillColor("DDE6F0").set();
      sheet.width(c, columns.get(c).width());
    }
    sheet.freezePane(0, 1);
    int r = 1;
    for (T row : rows) {
      for (int c = 0; c < columns.size(); c++) {
        write(sheet, r, c, columns.get(c).value().apply(row));
      }
      r++;
    }
    workbook.finish();
  }

  private void write(Worksheet sheet, int r, int c, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else if (value instanceof Boolean flag) {
      sheet.value(r, c, flag);
    } else if (value instanceof Instant instant) {
      sheet.value(r, c, LocalDateTime.ofInstant(instant, zone));
      sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
    } else if (value instanceof LocalDate date) {
      sheet.value(r, c, date);
      sheet.style(r, c).format("yyyy-mm-dd").set();
    } else {
      sheet.value(r, c, value.toString());
    }
  }

  /** fastexcel closes its stream when it finishes; the caller owns it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
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
