package cn.finegov.kernel.application.security;

/**
 * Holds the client address of the HTTP request being served on this thread; set by the web layer
 * for the duration of a request.
 */
public final class ClientAddress {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private ClientAddress() {}

  public static void set(String address) {
    CURRENT.set(address);
  }

  public static void clear() {
    CURRENT.remove();
  }

  /** The address, or {@code null} outside an HTTP request. */
  public static String get() {
    return CURRENT.get();
  }
}
