package cn.finegov.planning.domain.model.task;

import java.util.Objects;

/**
 * An organisation unit as a task refers to it: its identifier, code and materialised path (for
 * scope checks without asking the organisation tree).
 */
public record UnitRef(long id, String code, String path) {
  public UnitRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
  }

  /** Whether this unit lies strictly below {@code other}. */
  public boolean below(UnitRef other) {
    return path.startsWith(other.path) && !path.equals(other.path);
  }
}
