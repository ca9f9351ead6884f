package cn.finegov.planning.application.publication;

import cn.finegov.kernel.api.error.ValidationException;
import java.util.Locale;

/** The formats of a published plan's exports and of committee reports. */
public enum DocumentFormat {
  PDF("pdf", PdfWriter.CONTENT_TYPE),
  DOCX("docx", DocxWriter.CONTENT_TYPE),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String extension;
  private final String contentType;

  DocumentFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  /** The format of an extension ({@code pdf}, {@code docx}, {@code xlsx}); 400 otherwise. */
  public static DocumentFormat of(String extension) {
    String text = extension == null ? "" : extension.strip().toLowerCase(Locale.ROOT);
    for (DocumentFormat format : values()) {
      if (format.extension.equals(text) || format.name().equalsIgnoreCase(text)) {
        return format;
      }
    }
    throw ValidationException.of("format", "planning.document.format", extension);
  }
}
