package cn.finegov.kernel.interfaces.rest;

import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Supplier;

/**
 * A normal-scoped bean for a JAX-RS filter, looked up through {@code CDI.current()} on first use
 * and then kept (what is kept is the bean's client proxy). On Payara {@code CDI.current()} walks
 * the caller's stack to find the application's bean manager: looked up on every request by the
 * module gate and the access filter, it took several per cent of the server's CPU in the grid
 * benchmark.
 */
final class LazyBean<T> implements Supplier<T> {

  private final Class<T> type;
  private volatile T bean;

  LazyBean(Class<T> type) {
    this.type = type;
  }

  @Override
  public T get() {
    T found = bean;
    if (found == null) {
      found = CDI.current().select(type).get();
      bean = found;
    }
    return found;
  }
}
