package cn.finegov.kernel.api.notification;

import java.io.Serializable;
import java.util.Objects;

/**
 * A text of a notification: a bundle key with arguments, resolved in each recipient's language
 * (arguments may be {@link cn.finegov.kernel.api.i18n.MessageKey}s), or a literal text used as is.
 *
 * @param key bundle key, or {@code null} for a literal
 * @param arguments arguments of the key
 * @param literal the literal text, or {@code null} for a key
 */
public record MessageText(String key, Object[] arguments, String literal) implements Serializable {

  public MessageText {
    if ((key == null) == (literal == null)) {
      throw new IllegalArgumentException("a message text is either a key or a literal");
    }
    arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  /** A bundle key with arguments. */
  public static MessageText of(String key, Object... arguments) {
    return new MessageText(Objects.requireNonNull(key, "key"), arguments, null);
  }

  /** A text used as it is, in every language. */
  public static MessageText literal(String text) {
    return new MessageText(null, null, Objects.requireNonNull(text, "text"));
  }

  public boolean isLiteral() {
    return literal != null;
  }
}
