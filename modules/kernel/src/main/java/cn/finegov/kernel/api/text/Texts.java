package cn.finegov.kernel.api.text;

/** Clean-up of text input: surrounding white space removed, nothing given is {@code null}. */
public final class Texts {

  private Texts() {}

  /** The text without surrounding white space; {@code null} stays {@code null}. */
  public static String strip(String text) {
    return text == null ? null : text.strip();
  }

  /** The text without surrounding white space, or {@code null} when there is nothing else. */
  public static String strippedOrNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
