package cn.finegov.planning.application.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain document (title, headings, paragraphs, tables) that the PDF and Word writers render the
 * same way, so a published plan and a committee report are composed once.
 */
public final class ReportDocument {

  /** A part of the document. */
  public sealed interface Block permits Heading, Paragraph, Table {}

  /** A heading; level 1 is the document title (centred), 2 a section. */
  public record Heading(String text, int level) implements Block {}

  /** A paragraph; line breaks in the text are kept. */
  public record Paragraph(String text) implements Block {}

  /**
   * A table with a header row.
   *
   * @param widths the columns' relative widths
   */
  public record Table(List<String> headers, List<Integer> widths, List<List<String>> rows)
      implements Block {
    public Table {
      headers = List.copyOf(headers);
      widths = List.copyOf(widths);
      rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
      if (headers.size() != widths.size()) {
        throw new IllegalArgumentException("one width per column");
      }
    }
  }

  private final String title;
  private final List<Block> blocks = new ArrayList<>();

  public ReportDocument(String title) {
    this.title = Objects.requireNonNull(title, "title");
    blocks.add(new Heading(title, 1));
  }

  public String title() {
    return title;
  }

  public List<Block> blocks() {
    return List.copyOf(blocks);
  }

  public ReportDocument heading(String text) {
    blocks.add(new Heading(text, 2));
    return this;
  }

  /** Adds a paragraph unless the text is blank. */
  public ReportDocument paragraph(String text) {
    if (text != null && !text.isBlank()) {
      blocks.add(new Paragraph(text.strip()));
    }
    return this;
  }

  public ReportDocument table(List<String> headers, List<Integer> widths, List<List<String>> rows) {
    blocks.add(new Table(headers, widths, rows));
    return this;
  }
}
