package cn.finegov.benchmark.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Command-line options {@code --name value} (and flags {@code --name}) of the load harnesses. */
public final class BenchArgs {

  private final Map<String, String> values = new HashMap<>();

  private BenchArgs() {}

  /**
   * Reads {@code args}; {@code defaults} name every option that takes a value, {@code flags} those
   * that do not. An unknown option is an error.
   */
  public static BenchArgs parse(String[] args, Map<String, String> defaults, Set<String> flags) {
    BenchArgs parsed = new BenchArgs();
    parsed.values.putAll(defaults);
    for (int i = 0; i < args.length; i++) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : null;
      if (name != null && flags.contains(name)) {
        parsed.values.put(name, "true");
      } else if (name != null && defaults.containsKey(name) && i + 1 < args.length) {
        parsed.values.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException(
            "Unknown option or missing value: "
                + args[i]
                + " (options: "
                + defaults.keySet()
                + ", flags: "
                + flags
                + ")");
      }
    }
    return parsed;
  }

  public String text(String name) {
    return values.get(name);
  }

  public int integer(String name) {
    return Integer.parseInt(values.get(name));
  }

  public double decimal(String name) {
    return Double.parseDouble(values.get(name));
  }

  public boolean flag(String name) {
    return "true".equals(values.get(name));
  }
}
