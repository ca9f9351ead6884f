package cn.finegov.benchmark.hotline;

import cn.finegov.benchmark.support.Latencies;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sees acknowledged tickets become committed cases. Every {@code pollMillis} it asks the database
 * which of the oldest {@code window} tickets still waiting have a ticket row with a case number
 * (the ticket row and its case commit in one transaction, so the row shows only after the commit);
 * a ticket found counts as committed at that moment, and its push → case latency goes to the {@link
 * Latencies} it was expected with. The latency is thus over-stated by up to one poll interval plus
 * the query, never under-stated.
 */
final class CaseWatcher implements AutoCloseable {

  private static final String QUERY =
      "select ticket_no from hln_ticket where ticket_no = any(?) and case_number is not null";

  private record Expected(long pushedAt, Latencies latencies) {}

  private final Connection connection;
  private final int window;
  private final long pollMillis;
  private final Map<String, Expected> waiting = new LinkedHashMap<>();
  private final AtomicLong committed = new AtomicLong();
  private final Latencies polls = new Latencies("watcher query");
  private final Thread thread;
  private volatile long lastCommit = System.nanoTime();
  private volatile boolean running = true;
  private volatile SQLException failure;

  CaseWatcher(Connection connection, int window, long pollMillis) {
    this.connection = connection;
    this.window = window;
    this.pollMillis = pollMillis;
    this.thread = new Thread(this::run, "case-watcher");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /**
   * A ticket acknowledged by the suite, pushed at {@code pushedAt} (System.nanoTime); its latency
   * goes to {@code latencies} ({@code null}: only counted).
   */
  synchronized void expect(String ticketNo, long pushedAt, Latencies latencies) {
    waiting.put(ticketNo, new Expected(pushedAt, latencies));
  }

  synchronized int waiting() {
    return waiting.size();
  }

  /** Tickets seen committed since the start. */
  long committed() {
    return committed.get();
  }

  /** When the last ticket was seen committed (System.nanoTime). */
  long lastCommit() {
    return lastCommit;
  }

  /** The watcher's own queries (its load on the database). */
  Latencies polls() {
    return polls;
  }

  /**
   * Waits until no ticket is waiting, or until nothing was committed for {@code stallSeconds};
   * returns whether every ticket was seen.
   */
  boolean awaitAll(int stallSeconds) throws InterruptedException {
    long seen = committed();
    long progress = System.nanoTime();
    while (waiting() > 0) {
      if (failure != null) {
        throw new IllegalStateException("the case watcher failed", failure);
      }
      Thread.sleep(pollMillis);
      if (committed() != seen) {
        seen = committed();
        progress = System.nanoTime();
      } else if (System.nanoTime() - progress > stallSeconds * 1_000_000_000L) {
        return false;
      }
    }
    return true;
  }

  private void run() {
    try (PreparedStatement query = connection.prepareStatement(QUERY)) {
      while (running) {
        long started = System.nanoTime();
        List<String> oldest = oldest();
        if (!oldest.isEmpty()) {
          List<String> found = new ArrayList<>();
          Array numbers = connection.createArrayOf("varchar", oldest.toArray());
          query.setArray(1, numbers);
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              found.add(rows.getString(1));
            }
          }
          numbers.free();
          long now = System.nanoTime();
          polls.record(started, now, 0, true);
          seen(found, now);
        }
        long rest = pollMillis - (System.nanoTime() - started) / 1_000_000;
        if (rest > 0) {
          Thread.sleep(rest);
        }
      }
    } catch (SQLException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized List<String> oldest() {
    List<String> oldest = new ArrayList<>(Math.min(window, waiting.size()));
    Iterator<String> keys = waiting.keySet().iterator();
    while (keys.hasNext() && oldest.size() < window) {
      oldest.add(keys.next());
    }
    return oldest;
  }

  private synchronized void seen(List<String> found, long now) {
    for (String ticketNo : found) {
      Expected expected = waiting.remove(ticketNo);
      if (expected != null) {
        committed.incrementAndGet();
        lastCommit = now;
        if (expected.latencies() != null) {
          expected.latencies().record(expected.pushedAt(), now, 0, true);
        }
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(5_000);
  }
}
