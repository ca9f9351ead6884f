package cn.finegov.integration.hotline.flow;

import java.lang.reflect.Field;

/** Sets the injected fields of a bean the way the container would. */
final class Fields {

  private Fields() {}

  static <T> T inject(T bean, Class<?> declaredIn, String name, Object value) {
    try {
      Field field = declaredIn.getDeclaredField(name);
      field.setAccessible(true);
      field.set(bean, value);
      return bean;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot set " + declaredIn.getSimpleName() + "." + name, e);
    }
  }
}
