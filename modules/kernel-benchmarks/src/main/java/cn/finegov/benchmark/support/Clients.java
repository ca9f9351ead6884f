package cn.finegov.benchmark.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Load clients of the harnesses: threads that run a piece of work over and over until a time. */
public final class Clients {

  private Clients() {}

  /** A client's work, run over and over. */
  public interface Work {
    void run() throws Exception;
  }

  /** Thrown by a client's work when there is nothing left to do: that client stops. */
  public static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Runs {@code work} over and over in {@code clients} threads until {@code deadline}
   * (System.nanoTime) or until each client's work threw {@link Stop}; a failure of the work fails
   * the run.
   */
  public static void run(int clients, long deadline, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        running.add(
            pool.submit(
                () -> {
                  try {
                    while (System.nanoTime() < deadline) {
                      work.run();
                    }
                  } catch (Stop done) {
                    // nothing left
                  }
                  return null;
                }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** {@link #run(int, long, Work)} for {@code seconds} from now. */
  public static void runFor(int clients, int seconds, Work work) throws Exception {
    run(clients, System.nanoTime() + seconds * 1_000_000_000L, work);
  }
}
