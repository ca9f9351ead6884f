package cn.finegov.simulators.hotline;

import java.util.Objects;

/**
 * A load to send: {@code count} items of which {@code round(count * duplicateShare)} are duplicates
 * (resends of unique valid tickets, same number and payload), {@code round(count * malformedShare)}
 * malformed tickets (the {@link MalformedKind}s in turn, in declaration order), and the rest unique
 * valid tickets. Example: 1000 with 0.1 and 0.05 is 850 unique valid, 100 duplicates and 50
 * malformed (7 NOT_JSON, 7 MISSING_TICKET_NO, 6 of each other kind).
 *
 * @param count the number of items
 * @param duplicateShare 0..1
 * @param malformedShare 0..1
 * @param channel push, middle-database rows, or both
 * @param threads sending threads
 * @param batchSize well-formed tickets per push; 1 sends them singly
 */
public record Scenario(
    int count,
    double duplicateShare,
    double malformedShare,
    Channel channel,
    int threads,
    int batchSize) {

  public Scenario {
    Objects.requireNonNull(channel, "channel");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    if (duplicateShare < 0 || malformedShare < 0 || duplicateShare + malformedShare > 1) {
      throw new IllegalArgumentException("shares must be >= 0 and add up to at most 1");
    }
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batch size must be at least 1");
    }
    int duplicates = (int) Math.round(count * duplicateShare);
    int malformed = (int) Math.round(count * malformedShare);
    if (duplicates + malformed > count || duplicates > 0 && count - duplicates - malformed == 0) {
      throw new IllegalArgumentException("duplicates need at least one unique valid ticket");
    }
  }

  /** A scenario of single pushes. */
  public Scenario(
      int count, double duplicateShare, double malformedShare, Channel channel, int threads) {
    this(count, duplicateShare, malformedShare, channel, threads, 1);
  }

  public int duplicates() {
    return (int) Math.round(count * duplicateShare);
  }

  public int malformed() {
    return (int) Math.round(count * malformedShare);
  }

  public int uniqueValid() {
    return count - duplicates() - malformed();
  }
}
