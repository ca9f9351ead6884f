package cn.finegov.grid.application.category;

import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.RoutingRule;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A file of routing rules (the demo city's {@code grid-routing-rules.csv}): UTF-8, {@code #}
 * comments, header {@code category,grid,unit_code}; a blank category is any category, a blank grid
 * everywhere.
 */
final class RoutingRuleFile {

  private RoutingRuleFile() {}

  static List<RoutingRule> parse(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();
    List<RoutingRule> rules = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        try {
          String category = record.get("category");
          String grid = record.get("grid");
          rules.add(
              new RoutingRule(
                  category.isEmpty() ? null : CategoryCode.parse(category),
                  grid.isEmpty() ? null : GridCode.of(grid),
                  record.get("unit_code")));
        } catch (DomainException e) {
          errors.add(
              new FieldError(
                  "line " + parser.getCurrentLineNumber(), e.messageKey(), e.arguments()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return rules;
  }
}
