package cn.finegov.simulators.hotline;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The options of {@code hotline} on the command line. */
final class HotlineCommandLine {

  static final String USAGE =
      """
      hotline --secret S [--port 18345] [--host 127.0.0.1]
              [--suite-url http://localhost:18080/governance]
              [--exchange-url JDBC --exchange-user U --exchange-password P | --exchange-h2-port 19092]
              [--return-visit-delay 10s] [--return-visit-weights MY=80,JBMY=10,BMY=8,WFLX=2]
              [--seed 42] [--run-id 1234567] [--accept-unknown-tickets]
              [--push-attempts 8] [--backoff 250ms] [--max-backoff 5s]

        The 12345 hotline: serves POST /api/v1/feedback (signed), pushes tickets and return visits
        to <suite-url>/api/v1/hotline/inbound/..., writes tickets into hl_exchange_ticket of its
        middle database (--exchange-h2-port starts an H2 TCP server with an in-memory database and
        prints its URL), and offers a control API:
          GET  /sim/stats
          POST /sim/generate?count=100&duplicates=0.1&malformed=0.05&channel=PUSH|TABLE|BOTH&threads=4
          POST /sim/down?seconds=30        POST /sim/up
          GET  /sim/tickets/{gdbh}/feedback
          POST /sim/return-visit?gdbh=...&jg=MY&sm=...
        Durations: 500ms, 10s, 2m, 0 (0 = no automatic return visits).
      """;

  private static final Set<String> FLAGS = Set.of("accept-unknown-tickets");
  private static final Set<String> OPTIONS =
      Set.of(
          "secret",
          "port",
          "host",
          "suite-url",
          "exchange-url",
          "exchange-user",
          "exchange-password",
          "exchange-h2-port",
          "return-visit-delay",
          "return-visit-weights",
          "seed",
          "run-id",
          "accept-unknown-tickets",
          "push-attempts",
          "backoff",
          "max-backoff");

  private HotlineCommandLine() {}

  static HotlineSettings parse(String[] args) {
    Map<String, String> options = options(args);
    String secret = options.get("secret");
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("--secret is required (try --help)");
    }
    HotlineSettings.Builder builder =
        HotlineSettings.builder()
            .secret(secret)
            .host(options.getOrDefault("host", "127.0.0.1"))
            .port(Integer.parseInt(options.getOrDefault("port", "18345")))
            .suiteUrl(options.get("suite-url"))
            .seed(Long.parseLong(options.getOrDefault("seed", "42")))
            .runId(options.get("run-id"))
            .acceptUnknownTickets(Boolean.parseBoolean(options.get("accept-unknown-tickets")))
            .returnVisitDelay(duration(options.getOrDefault("return-visit-delay", "10s")))
            .retry(
                Integer.parseInt(options.getOrDefault("push-attempts", "8")),
                duration(options.getOrDefault("backoff", "250ms")),
                duration(options.getOrDefault("max-backoff", "5s")));
    if (options.containsKey("exchange-url") && options.containsKey("exchange-h2-port")) {
      throw new IllegalArgumentException(
          "--exchange-url and --exchange-h2-port exclude each other");
    }
    if (options.containsKey("exchange-url")) {
      builder.exchange(
          options.get("exchange-url"),
          options.getOrDefault("exchange-user", ""),
          options.getOrDefault("exchange-password", ""));
    } else if (options.containsKey("exchange-h2-port")) {
      builder.exchangeH2Port(Integer.parseInt(options.get("exchange-h2-port")));
    }
    if (options.containsKey("return-visit-weights")) {
      builder.returnVisitWeights(weights(options.get("return-visit-weights")));
    }
    return builder.build();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected an option, found " + args[i]);
      }
      String name = args[i].substring(2);
      if (!OPTIONS.contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name + " (try --help)");
      }
      if (FLAGS.contains(name) && (i + 1 == args.length || args[i + 1].startsWith("--"))) {
        options.put(name, "true");
      } else if (i + 1 < args.length) {
        options.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
    }
    return options;
  }

  /** {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, a number of seconds, or ISO-8601. */
  static Duration duration(String text) {
    String value = text.trim().toLowerCase();
    if (value.startsWith("p")) {
      return Duration.parse(value.toUpperCase());
    }
    if (value.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
    }
    long amount = Long.parseLong(value.replaceAll("[smh]$", ""));
    if (value.endsWith("m")) {
      return Duration.ofMinutes(amount);
    }
    if (value.endsWith("h")) {
      return Duration.ofHours(amount);
    }
    return Duration.ofSeconds(amount);
  }

  private static Map<String, Integer> weights(String text) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      String[] parts = pair.split("=");
      if (parts.length != 2) {
        throw new IllegalArgumentException("weights look like MY=80,JBMY=10: " + text);
      }
      weights.put(parts[0].trim().toUpperCase(), Integer.parseInt(parts[1].trim()));
    }
    return weights;
  }
}
