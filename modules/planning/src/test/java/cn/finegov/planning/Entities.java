package cn.finegov.planning;

import java.lang.reflect.Field;

/** Gives entities the identifiers the database would (for tests without one). */
public final class Entities {

  private Entities() {}

  public static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
