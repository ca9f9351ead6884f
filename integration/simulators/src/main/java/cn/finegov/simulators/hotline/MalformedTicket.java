package cn.finegov.simulators.hotline;

/**
 * A ticket broken on purpose.
 *
 * @param kind how it is broken
 * @param gdbh the ticket number it carries (inside the unparseable text for {@link
 *     MalformedKind#NOT_JSON}), {@code null} for {@link MalformedKind#MISSING_TICKET_NO}
 * @param payload the body as sent
 */
public record MalformedTicket(MalformedKind kind, String gdbh, String payload) {

  @Override
  public String toString() {
    return "MalformedTicket[" + kind + ", " + gdbh + "]";
  }
}
