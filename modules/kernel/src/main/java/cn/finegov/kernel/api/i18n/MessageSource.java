package cn.finegov.kernel.api.i18n;

import java.util.List;
import java.util.Locale;

/**
 * Resolves bundle keys of every installed module. Chinese ({@code zh_CN}) is the default language,
 * English the second; a key missing in a language falls back to Chinese, and a key missing
 * everywhere resolves to itself in brackets so that the gap is visible.
 */
public interface MessageSource {

  Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  Locale ENGLISH = Locale.ENGLISH;

  List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

  /**
   * The text of {@code key} in {@code locale}, with {@link java.text.MessageFormat} arguments
   * applied.
   */
  String get(Locale locale, String key, Object... arguments);

  /** Whether any bundle defines {@code key}. */
  boolean contains(String key);

  /** The supported locale closest to {@code requested}; Chinese when nothing matches. */
  static Locale supported(Locale requested) {
    if (requested != null && "en".equals(requested.getLanguage())) {
      return ENGLISH;
    }
    return CHINESE;
  }
}
