package cn.finegov.kernel.application.audit;

import java.io.Serializable;

/**
 * One field of an audit entry's values.
 *
 * @param field the field's name
 * @param before its value before (JSON), or {@code null} when it was not recorded before
 * @param after its value after (JSON), or {@code null} when it was not recorded after
 */
public record ValueChange(String field, String before, String after) implements Serializable {

  /** Whether the value differs between before and after. */
  public boolean changed() {
    return before == null ? after != null : !before.equals(after);
  }
}
