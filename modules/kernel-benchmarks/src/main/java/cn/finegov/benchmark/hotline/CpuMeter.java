package cn.finegov.benchmark.hotline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Who used the machine's CPU during a phase (Linux {@code /proc}): the whole machine, the
 * application server's process, every PostgreSQL process (with those that ended meanwhile), this
 * harness, and the rest. The rest shows whether other work disturbed a measurement. Without {@code
 * /proc} it says nothing.
 */
final class CpuMeter {

  /** CPU times in clock ticks (USER_HZ). */
  record Sample(long busy, long total, long server, long postgres, long harness) {}

  private final long serverPid;

  /**
   * @param serverPid the application server's process id, 0 when unknown
   */
  CpuMeter(long serverPid) {
    this.serverPid = serverPid;
  }

  Sample sample() {
    long[] machine = machine();
    return new Sample(
        machine[0],
        machine[1],
        serverPid > 0 ? process(Path.of("/proc", String.valueOf(serverPid), "stat")) : 0,
        postgres(),
        process(Path.of("/proc/self/stat")));
  }

  /** The use since {@code start}. */
  Usage since(Sample start) {
    Sample end = sample();
    return new Usage(
        end.total() - start.total(),
        end.busy() - start.busy(),
        serverPid > 0 ? end.server() - start.server() : -1,
        end.postgres() - start.postgres(),
        end.harness() - start.harness());
  }

  /**
   * CPU used between two samples, in clock ticks of 10 ms (USER_HZ 100); {@code server} is negative
   * when the server's process is not known.
   */
  record Usage(long total, long busy, long server, long postgres, long harness) {

    /** Shares of the whole machine (all cores). */
    String describe() {
      if (total <= 0) {
        return "";
      }
      double other = busy - Math.max(0, server) - postgres - harness;
      return String.format(
          Locale.ROOT,
          "CPU of the machine: %.0f %% busy = server %s, PostgreSQL %.0f %%, harness %.0f %%,"
              + " other %.0f %%",
          share(busy),
          server < 0 ? "?" : String.format(Locale.ROOT, "%.0f %%", share(server)),
          share(postgres),
          share(harness),
          Math.max(0, share(other)));
    }

    /** CPU milliseconds of the server and of PostgreSQL per item ({@code count} items). */
    String perItem(long count, String item) {
      if (count <= 0 || server < 0) {
        return "";
      }
      return String.format(
          Locale.ROOT,
          "CPU per %s: server %.1f ms, PostgreSQL %.1f ms, harness %.1f ms",
          item,
          server * 10.0 / count,
          postgres * 10.0 / count,
          harness * 10.0 / count);
    }

    private double share(double ticks) {
      return 100.0 * ticks / total;
    }
  }

  /** {busy, total} ticks of all cores from the first line of /proc/stat. */
  private static long[] machine() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < fields.length && i <= 8; i++) {
        total += Long.parseLong(fields[i]);
      }
      long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  /** User + system ticks of a process (fields 14 and 15 of its stat line), 0 when gone. */
  static long process(Path stat) {
    try {
      return ticks(Files.readString(stat));
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  static long ticks(String statLine) {
    String[] fields = fieldsAfterName(statLine);
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /**
   * As {@link #ticks}, plus the ticks of its children that have ended (fields 16 and 17): a
   * PostgreSQL backend or autovacuum worker that ends during a phase leaves its time with the
   * postmaster, instead of taking it out of the sum.
   */
  static long ticksWithEndedChildren(String statLine) {
    String[] fields = fieldsAfterName(statLine);
    return ticks(statLine) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
  }

  private static String[] fieldsAfterName(String statLine) {
    // the command name may contain spaces: the fields after it start behind the last ')'
    return statLine.substring(statLine.lastIndexOf(')') + 2).trim().split("\\s+");
  }

  private static long postgres() {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .mapToLong(
              p -> {
                try {
                  String stat = Files.readString(p.resolve("stat"));
                  return stat.contains("(postgres)") ? ticksWithEndedChildren(stat) : 0;
                } catch (IOException | RuntimeException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
