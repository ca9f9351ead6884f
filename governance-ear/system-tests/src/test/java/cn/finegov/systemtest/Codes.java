package cn.finegov.systemtest;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Unit codes and names no other test (and no earlier run on the same database) uses. */
public final class Codes {

  private static final String RUN =
      Long.toString(System.currentTimeMillis() % 2_176_782_336L, 36).toUpperCase(Locale.ROOT);
  private static final AtomicInteger NEXT = new AtomicInteger();

  private Codes() {}

  /** {@code <prefix>-<run><n>}, at most 32 characters. */
  public static String unique(String prefix) {
    String code = (prefix.isEmpty() ? "" : prefix + "-") + RUN + NEXT.incrementAndGet();
    return code.length() <= 32 ? code : code.substring(code.length() - 32);
  }
}
