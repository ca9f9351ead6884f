package cn.finegov.simulators.hotline;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link HotlineSimulator} runs. Build with {@link #builder()}; every setting has a default
 * except the secret.
 *
 * @param host the address the hotline's HTTP server binds to (default 127.0.0.1)
 * @param port its port, 0 for any free one (default 18345)
 * @param secret the shared signing secret
 * @param suiteUrl the suite's base URL, e.g. {@code http://localhost:18080/governance}; {@code
 *     null}: nothing is pushed (every push is FAILED)
 * @param exchangeUrl the JDBC URL of the middle database, or {@code null}
 * @param exchangeUser its user
 * @param exchangePassword its password
 * @param exchangeH2Port when not {@code null}: start an H2 TCP server on this port (0: any free
 *     one) with an in-memory database {@code hotline} and use it as the middle database
 * @param returnVisitDelay how long after an HF feedback the return visit is pushed; zero or
 *     negative: never automatically (default 10 s)
 * @param returnVisitWeights the weights of the return-visit results (default MY 80, JBMY 10, BMY 8,
 *     WFLX 2)
 * @param seed the seed of the generated tickets and drawn results (default 42)
 * @param runId the run id in ticket numbers, {@code null} for a fresh one
 * @param acceptUnknownTickets whether the feedback API takes feedback on tickets this run did not
 *     generate (the demo after a restart of the simulator); default false: 404
 * @param pushAttempts how often a push is tried at most (default 8)
 * @param initialBackoff the pause after the first failed attempt, doubled after each further one
 *     (default 250 ms)
 * @param maxBackoff the longest pause (default 5 s)
 * @param requestTimeout the time limit of one HTTP call (default 30 s)
 */
public record HotlineSettings(
    String host,
    int port,
    String secret,
    URI suiteUrl,
    String exchangeUrl,
    String exchangeUser,
    String exchangePassword,
    Integer exchangeH2Port,
    Duration returnVisitDelay,
    Map<String, Integer> returnVisitWeights,
    long seed,
    String runId,
    boolean acceptUnknownTickets,
    int pushAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration requestTimeout) {

  /** The result codes of a return visit. */
  public static final Map<String, Integer> DEFAULT_RETURN_VISIT_WEIGHTS = defaultWeights();

  public HotlineSettings {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(returnVisitDelay, "returnVisitDelay");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    returnVisitWeights = Map.copyOf(returnVisitWeights);
    if (returnVisitWeights.values().stream().mapToInt(Integer::intValue).sum() <= 0
        || returnVisitWeights.values().stream().anyMatch(w -> w < 0)) {
      throw new IllegalArgumentException("return-visit weights must be >= 0 with a positive sum");
    }
    if (pushAttempts < 1) {
      throw new IllegalArgumentException("pushAttempts must be at least 1");
    }
    if (exchangeUrl != null && exchangeH2Port != null) {
      throw new IllegalArgumentException("either an exchange URL or an H2 port, not both");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.host = host;
    builder.port = port;
    builder.secret = secret;
    builder.suiteUrl = suiteUrl;
    builder.exchangeUrl = exchangeUrl;
    builder.exchangeUser = exchangeUser;
    builder.exchangePassword = exchangePassword;
    builder.exchangeH2Port = exchangeH2Port;
    builder.returnVisitDelay = returnVisitDelay;
    builder.returnVisitWeights = new LinkedHashMap<>(returnVisitWeights);
    builder.seed = seed;
    builder.runId = runId;
    builder.acceptUnknownTickets = acceptUnknownTickets;
    builder.pushAttempts = pushAttempts;
    builder.initialBackoff = initialBackoff;
    builder.maxBackoff = maxBackoff;
    builder.requestTimeout = requestTimeout;
    return builder;
  }

  private static Map<String, Integer> defaultWeights() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put("MY", 80);
    weights.put("JBMY", 10);
    weights.put("BMY", 8);
    weights.put("WFLX", 2);
    return Collections.unmodifiableMap(weights);
  }

  /** Builds {@link HotlineSettings}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 18345;
    private String secret;
    private URI suiteUrl;
    private String exchangeUrl;
    private String exchangeUser = "sa";
    private String exchangePassword = "";
    private Integer exchangeH2Port;
    private Duration returnVisitDelay = Duration.ofSeconds(10);
    private Map<String, Integer> returnVisitWeights =
        new LinkedHashMap<>(DEFAULT_RETURN_VISIT_WEIGHTS);
    private long seed = 42;
    private String runId;
    private boolean acceptUnknownTickets;
    private int pushAttempts = 8;
    private Duration initialBackoff = Duration.ofMillis(250);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(30);

    private Builder() {}

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder secret(String secret) {
      this.secret = secret;
      return this;
    }

    /** The suite's base URL, e.g. {@code http://localhost:18080/governance}. */
    public Builder suiteUrl(String suiteUrl) {
      this.suiteUrl = suiteUrl == null ? null : URI.create(suiteUrl.replaceAll("/+$", ""));
      return this;
    }

    /** A JDBC middle database (PostgreSQL or H2). */
    public Builder exchange(String url, String user, String password) {
      this.exchangeUrl = url;
      this.exchangeUser = user;
      this.exchangePassword = password == null ? "" : password;
      this.exchangeH2Port = null;
      return this;
    }

    /** An H2 TCP server on this port (0: any free one) as the middle database. */
    public Builder exchangeH2Port(int port) {
      this.exchangeH2Port = port;
      this.exchangeUrl = null;
      return this;
    }

    public Builder returnVisitDelay(Duration delay) {
      this.returnVisitDelay = delay;
      return this;
    }

    /** The weights of the return-visit results by code (MY, JBMY, BMY, WFLX). */
    public Builder returnVisitWeights(Map<String, Integer> weights) {
      this.returnVisitWeights = new LinkedHashMap<>(weights);
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder runId(String runId) {
      this.runId = runId;
      return this;
    }

    public Builder acceptUnknownTickets(boolean accept) {
      this.acceptUnknownTickets = accept;
      return this;
    }

    /**
     * Retries of pushes: at most {@code attempts}, pauses from {@code initial} doubling to {@code
     * max}.
     */
    public Builder retry(int attempts, Duration initial, Duration max) {
      this.pushAttempts = attempts;
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    public HotlineSettings build() {
      return new HotlineSettings(
          host,
          port,
          secret,
          suiteUrl,
          exchangeUrl,
          exchangeUser,
          exchangePassword,
          exchangeH2Port,
          returnVisitDelay,
          returnVisitWeights,
          seed,
          runId,
          acceptUnknownTickets,
          pushAttempts,
          initialBackoff,
          maxBackoff,
          requestTimeout);
    }
  }
}
