package cn.finegov.simulators.hotline;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition in tests. */
final class Eventually {

  private Eventually() {}

  static boolean within(Duration timeout, BooleanSupplier condition) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }
}
