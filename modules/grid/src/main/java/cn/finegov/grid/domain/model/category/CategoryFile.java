package cn.finegov.grid.domain.model.category;

import cn.finegov.kernel.api.calendar.DeadlineRule;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The category file ({@code config/grid/categories.csv}, see {@code config/grid/README.md}): UTF-8
 * (a byte-order mark is allowed), lines starting with {@code #} ignored, header {@code
 * kind,code,major_name,name,name_en,file,dispatch,sign,handle,verify,default_unit,public}, one line
 * per minor category. A file with errors gives all of them at once, each with its line number.
 */
public final class CategoryFile {

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "kind",
          "code",
          "major_name",
          "name",
          "name_en",
          "file",
          "dispatch",
          "sign",
          "handle",
          "verify",
          "default_unit",
          "public");

  private static final Map<String, CaseKind> KIND_WORDS =
      Map.of(
          "COMPONENT", CaseKind.COMPONENT,
          "部件", CaseKind.COMPONENT,
          "C", CaseKind.COMPONENT,
          "EVENT", CaseKind.EVENT,
          "事件", CaseKind.EVENT,
          "E", CaseKind.EVENT);

  private static final Map<String, Boolean> FLAG_WORDS =
      Map.of(
          "TRUE", true, "YES", true, "是", true, "1", true, "FALSE", false, "NO", false, "否", false,
          "0", false);

  private CategoryFile() {}

  /**
   * One category as the file gives it.
   *
   * @param line the line number
   * @param category the category (not stored)
   */
  public record Row(int line, Category category) {}

  /**
   * Reads a file.
   *
   * @throws ValidationException every bad line (field {@code line <n>}) or the file as a whole
   */
  public static List<Row> parse(byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      throw ValidationException.of("file", "grid.category.file.encoding");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<FieldError> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<CategoryCode, Integer> seen = new HashMap<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      boolean header = false;
      for (CSVRecord record : parser) {
        int line = (int) parser.getCurrentLineNumber();
        List<String> fields = record.toList();
        if (!header) {
          if (!fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList().equals(HEADER)) {
            errors.add(
                new FieldError(
                    "line " + line, "grid.category.file.header", String.join(",", HEADER)));
            break;
          }
          header = true;
          continue;
        }
        if (fields.size() != HEADER.size()) {
          errors.add(
              new FieldError(
                  "line " + line, "grid.category.file.columns", fields.size(), HEADER.size()));
          continue;
        }
        try {
          Category category = row(fields);
          Integer earlier = seen.putIfAbsent(category.code(), line);
          if (earlier != null) {
            errors.add(
                new FieldError(
                    "line " + line,
                    "grid.category.file.duplicate",
                    category.code().qualified(),
                    earlier));
          } else {
            rows.add(new Row(line, category));
          }
        } catch (DomainException e) {
          errors.add(new FieldError("line " + line, e.messageKey(), e.arguments()));
        }
      }
      if (errors.isEmpty() && !header) {
        errors.add(new FieldError("file", "grid.category.file.empty"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException e) {
      // commons-csv reports a broken quote as an unchecked exception
      errors.add(
          new FieldError("file", "grid.category.file.syntax", String.valueOf(e.getMessage())));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return rows;
  }

  private static Category row(List<String> fields) {
    CaseKind kind = KIND_WORDS.get(fields.get(0).toUpperCase(Locale.ROOT));
    if (kind == null) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.category.kind", fields.get(0));
    }
    CategoryCode code = CategoryCode.of(kind, fields.get(1));
    Map<CaseStage, DeadlineRule> limits = new EnumMap<>(CaseStage.class);
    CaseStage[] stages = CaseStage.values();
    for (int i = 0; i < stages.length; i++) {
      limits.put(stages[i], LimitText.parse(stages[i], fields.get(5 + i)));
    }
    Boolean offered = FLAG_WORDS.get(fields.get(11).toUpperCase(Locale.ROOT));
    if (offered == null) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.category.file.flag", fields.get(11));
    }
    return new Category(
        code,
        fields.get(2),
        fields.get(3),
        fields.get(4),
        TimeLimits.of(limits),
        fields.get(10),
        offered);
  }
}
