package cn.finegov.kernel.api.i18n;

import java.io.Serializable;
import java.util.Objects;

/**
 * A message argument that is itself a bundle key, resolved in the same language as the message that
 * carries it (e.g. the name of a unit type inside an error message).
 *
 * @param key the bundle key
 */
public record MessageKey(String key) implements Serializable {

  public MessageKey {
    Objects.requireNonNull(key, "key");
  }
}
