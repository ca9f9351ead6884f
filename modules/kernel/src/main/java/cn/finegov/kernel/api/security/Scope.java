package cn.finegov.kernel.api.security;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The units an actor sees and acts on: its own unit and everything below it, plus units granted to
 * it, each with everything below. Held as the materialised paths of those units ({@code /1/5/23/}),
 * so that a unit is covered when its path starts with one of them. Services and queries enforce it;
 * screens only reflect it.
 *
 * @param paths paths of the scope's top units; empty for nobody
 * @param everything whether the scope is the whole tree (system flows, the top unit's people)
 */
public record Scope(List<String> paths, boolean everything) implements Serializable {

  /** The whole tree. */
  public static final Scope EVERYTHING = new Scope(List.of(), true);

  /** No unit at all. */
  public static final Scope NOTHING = new Scope(List.of(), false);

  public Scope {
    paths = List.copyOf(Objects.requireNonNull(paths, "paths"));
  }

  /** The units below (and including) the units with these paths. */
  public static Scope of(List<String> paths) {
    return new Scope(paths.stream().distinct().toList(), false);
  }

  /** Whether the unit with this path is inside the scope. */
  public boolean covers(String unitPath) {
    if (everything) {
      return true;
    }
    return unitPath != null && paths.stream().anyMatch(unitPath::startsWith);
  }

  /**
   * Whether the scope includes a unit at the top of the tree (and so may, for instance, create
   * another top unit or see entries of system flows, which belong to no unit).
   */
  public boolean includesTop() {
    return everything || paths.stream().anyMatch(path -> path.indexOf('/', 1) == path.length() - 1);
  }

  /**
   * Whether the unit with this path lies on the way from the top of the tree to the scope (an
   * ancestor of one of its units): it may be shown by name, so that the scope can be found in the
   * tree, but not changed.
   */
  public boolean leadsTo(String unitPath) {
    if (everything) {
      return true;
    }
    return unitPath != null && paths.stream().anyMatch(path -> path.startsWith(unitPath));
  }
}
