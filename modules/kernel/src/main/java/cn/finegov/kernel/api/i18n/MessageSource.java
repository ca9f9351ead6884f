package cn.finegov.kernel.api.i18n;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import java.util.ArrayList;
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

  /**
   * A refusal as one text: its reason and, for invalid input, every invalid field with its own
   * reason (field names are looked up as {@code field.<name>}).
   */
  default String describe(Locale locale, DomainException refusal) {
    String text = get(locale, refusal.messageKey(), refusal.arguments());
    if (refusal instanceof ValidationException invalid) {
      List<String> fields = new ArrayList<>();
      for (FieldError error : invalid.errors()) {
        String name =
            contains("field." + error.field())
                ? get(locale, "field." + error.field())
                : error.field();
        fields.add(name + ": " + get(locale, error.messageKey(), error.arguments()));
      }
      text += " " + String.join("; ", fields);
    }
    return text;
  }

  /** The supported locale closest to {@code requested}; Chinese when nothing matches. */
  static Locale supported(Locale requested) {
    if (requested != null && "en".equals(requested.getLanguage())) {
      return ENGLISH;
    }
    return CHINESE;
  }
}
