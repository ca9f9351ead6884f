package cn.finegov.kernel.domain.model.attachment;

/** Cleans the file names clients send. */
public final class FileNames {

  /** Longest name kept (characters). */
  public static final int MAX_LENGTH = 200;

  private FileNames() {}

  /**
   * The name without any directory part (client paths use {@code /} or {@code \}), without control
   * characters and surrounding blanks, at most {@value #MAX_LENGTH} characters (the extension
   * kept); {@code file} when nothing is left.
   */
  public static String clean(String name) {
    if (name == null) {
      return "file";
    }
    String base = name;
    int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
    if (slash >= 0) {
      base = base.substring(slash + 1);
    }
    StringBuilder clean = new StringBuilder(base.length());
    base.codePoints()
        .filter(c -> c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F))
        .filter(c -> c != '"' && c != '<' && c != '>' && c != ':' && c != '|' && c != '?')
        .filter(c -> c != '*')
        .forEach(clean::appendCodePoint);
    String result = clean.toString().strip();
    while (result.startsWith(".")) {
      result = result.substring(1);
    }
    if (result.isBlank()) {
      return "file";
    }
    if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
      int dot = result.lastIndexOf('.');
      String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
      int keep = MAX_LENGTH - extension.length();
      result = result.substring(0, result.offsetByCodePoints(0, keep)) + extension;
    }
    return result;
  }
}
