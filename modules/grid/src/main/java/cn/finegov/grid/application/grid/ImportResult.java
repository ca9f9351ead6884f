package cn.finegov.grid.application.grid;

import java.io.Serializable;

/** What an import did. */
public record ImportResult(int created, int updated, int unchanged) implements Serializable {

  public int total() {
    return created + updated + unchanged;
  }
}
