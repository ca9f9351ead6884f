package cn.finegov.kernel.api.module;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A download a module offers on the exports screen (an Excel list, a report).
 *
 * @param id stable identifier, unique in the suite
 * @param nameKey bundle key of its name
 * @param permission the permission needed to run it
 * @param fileName file name offered to the browser
 * @param contentType media type of the file
 * @param writer writes the file in the reader's language and time zone, with the reader's rights
 */
public record ExportDefinition(
    String id,
    String nameKey,
    String permission,
    String fileName,
    String contentType,
    Writer writer) {

  /** Writes an export. Runs as the reader: services it calls check his permissions and scope. */
  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out, Locale locale, ZoneId zone) throws IOException;
  }

  public ExportDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameKey, "nameKey");
    Objects.requireNonNull(permission, "permission");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(writer, "writer");
  }
}
