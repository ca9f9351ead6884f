package cn.finegov.simulators.hotline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;

/**
 * A runnable stand-in for the legacy 12345 hotline ({@code integration/hotline/PROTOCOL.md}):
 *
 * <ul>
 *   <li>generates realistic tickets ({@link TicketGenerator}) and pushes them, signed, to {@code
 *       <suite>/api/v1/hotline/inbound/tickets}, singly or in batches, retrying like a real
 *       hotline, and records each ticket's final answer;
 *   <li>writes tickets into its middle database ({@link ExchangeTable});
 *   <li>serves {@code POST /api/v1/feedback} (signature, JSON, known ticket, order by {@code xh});
 *   <li>calls the citizen back after a reply (HF) and pushes the return visit;
 *   <li>can be down ({@link #down(Duration)}): 503 on its APIs, nothing pushed until up again;
 *   <li>offers a control API under {@code /sim/} for the demo and scripts.
 * </ul>
 *
 * In tests: {@code HotlineSimulator.start(HotlineSettings.builder().port(0).secret(s)
 * .suiteUrl(url).build())}, then {@link #generate}, {@link #push(Ticket)}, {@link
 * #feedback(String)}, and {@link #close()}.
 */
public final class HotlineSimulator implements AutoCloseable {

  public static final String TICKETS_PATH = "/api/v1/hotline/inbound/tickets";
  public static final String RETURN_VISITS_PATH = "/api/v1/hotline/inbound/return-visits";
  public static final String FEEDBACK_PATH = "/api/v1/feedback";

  /** The most tickets in one batch push. */
  public static final int MAX_BATCH = 500;

  private static final Logger LOG = Logger.getLogger(HotlineSimulator.class.getName());
  private static final Pattern TICKET_NUMBER = Pattern.compile("[A-Za-z0-9-]{6,40}");
  private static final Pattern TICKET_FEEDBACK = Pattern.compile("/sim/tickets/([^/]+)/feedback");
  private static final Set<String> FEEDBACK_TYPES = Set.of("QS", "TH", "YQ", "HF");
  private static final Map<String, List<String>> REMARKS =
      Map.of(
          "MY", List.of("问题已经解决，很满意", "处理很及时，谢谢", "工作人员态度很好，已修好", "满意，感谢街道的工作人员"),
          "JBMY", List.of("基本解决了，但处理时间有点长", "问题解决了，希望以后加强巡查", "基本满意，现场还有些没清理干净"),
          "BMY", List.of("问题没有解决，还是老样子", "处理结果不满意，要求重新处理", "没有人联系过我，不满意"),
          "WFLX", List.of("电话无人接听", "三次回访均未接通", "号码已停机"));

  /**
   * Counts for the control API and the demo.
   *
   * @param ticketsIssued ticket numbers handed out (valid and malformed)
   * @param pushes push answers per outcome (every push, resends included)
   * @param acknowledged distinct ticket numbers the suite acknowledged
   * @param rows middle-database rows per status (empty without a middle database)
   * @param ticketsWithFeedback tickets with at least one feedback
   * @param feedbackReceived feedback entries recorded
   * @param returnVisits return-visit answers per outcome
   * @param down whether the hotline is down
   */
  public record Stats(
      long ticketsIssued,
      Map<Outcome, Long> pushes,
      int acknowledged,
      Map<String, Long> rows,
      int ticketsWithFeedback,
      int feedbackReceived,
      Map<Outcome, Long> returnVisits,
      boolean down) {}

  static {
    // The JDK's HTTP server writes headers and body apart; with Nagle's algorithm on, a client's
    // delayed ACK adds some 40 ms to every answer. Read once, when the first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HotlineSettings settings;
  private final TicketGenerator generator;
  private final Availability availability = new Availability();
  private final Pusher pusher;
  private final Random visitRandom;
  private final AtomicInteger scenarios = new AtomicInteger();

  private final Set<String> known = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
  private final Map<String, Delivery> lastDelivery = new ConcurrentHashMap<>();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Map<String, List<Feedback>> feedback = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<ReturnVisit> returnVisits = new ConcurrentLinkedQueue<>();

  private final ExecutorService httpThreads =
      Executors.newFixedThreadPool(16, daemon("hotline-http"));
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(daemon("hotline-scheduler"));
  private final ExecutorService workers = Executors.newCachedThreadPool(daemon("hotline-worker"));

  private Server h2;
  private ExchangeTable exchange;
  private HttpServer server;

  private HotlineSimulator(HotlineSettings settings) {
    this.settings = settings;
    this.generator =
        settings.runId() == null
            ? new TicketGenerator(settings.seed())
            : new TicketGenerator(settings.seed(), settings.runId(), Clock.systemUTC());
    this.pusher = new Pusher(settings, availability);
    this.visitRandom = new Random(settings.seed() ^ 0x12345L);
  }

  /** Starts the hotline: its middle database (if configured) and its HTTP server. */
  public static HotlineSimulator start(HotlineSettings settings) {
    HotlineSimulator simulator = new HotlineSimulator(settings);
    try {
      simulator.open();
      return simulator;
    } catch (RuntimeException | IOException | SQLException e) {
      simulator.close();
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("The hotline simulator cannot start: " + e.getMessage(), e);
    }
  }

  private void open() throws IOException, SQLException {
    if (settings.exchangeH2Port() != null) {
      int port = settings.exchangeH2Port() == 0 ? freePort() : settings.exchangeH2Port();
      h2 = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
      exchange =
          ExchangeTable.open(
              "jdbc:h2:tcp://localhost:" + h2.getPort() + "/mem:hotline;DB_CLOSE_DELAY=-1",
              settings.exchangeUser(),
              settings.exchangePassword());
    } else if (settings.exchangeUrl() != null) {
      exchange =
          ExchangeTable.open(
              settings.exchangeUrl(), settings.exchangeUser(), settings.exchangePassword());
    }
    server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
    server.createContext(FEEDBACK_PATH, this::handleFeedback);
    server.createContext("/sim/", this::handleControl);
    server.setExecutor(httpThreads);
    server.start();
  }

  public HotlineSettings settings() {
    return settings;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The hotline's base URL, e.g. {@code http://127.0.0.1:18345}. */
  public URI baseUrl() {
    return URI.create("http://" + settings.host() + ":" + port());
  }

  /** Where the suite sends feedback: {@code <base>/api/v1/feedback}. */
  public URI feedbackUrl() {
    return baseUrl().resolve(FEEDBACK_PATH);
  }

  /** The middle database, if configured. */
  public Optional<ExchangeTable> exchange() {
    return Optional.ofNullable(exchange);
  }

  /**
   * The generator of this run. Tickets taken from it directly are not known to the feedback API
   * until pushed or written; {@link #newTicket()} registers them at once.
   */
  public TicketGenerator generator() {
    return generator;
  }

  // ---------------------------------------------------------------- tickets

  /** A new well-formed ticket; the feedback API knows its number from now on. */
  public Ticket newTicket() {
    Ticket ticket = generator.next();
    known.add(ticket.gdbh());
    return ticket;
  }

  /** A new malformed ticket of the given kind; its number (if any) is known to the feedback API. */
  public MalformedTicket newMalformed(MalformedKind kind) {
    MalformedTicket ticket = generator.malformed(kind);
    if (ticket.gdbh() != null) {
      known.add(ticket.gdbh());
    }
    return ticket;
  }

  /** Makes the feedback API accept feedback on a ticket this run did not generate. */
  public void knowTicket(String gdbh) {
    known.add(gdbh);
  }

  /** Pushes one ticket (waiting while down, retrying) and records the final answer. */
  public Delivery push(Ticket ticket) {
    known.add(ticket.gdbh());
    return record(single(ticket.gdbh(), null, ticket.json()));
  }

  /** Pushes a malformed ticket and records the final answer. */
  public Delivery push(MalformedTicket ticket) {
    return record(single(ticket.gdbh(), ticket.kind(), ticket.payload()));
  }

  /** Pushes a new ticket. */
  public Delivery pushNew() {
    return push(newTicket());
  }

  /**
   * Pushes tickets as batches {@code {"tickets": [...]}} of at most {@value #MAX_BATCH}; the
   * answers are in the tickets' order.
   */
  public List<Delivery> pushBatch(List<Ticket> tickets) {
    List<Delivery> answers = new ArrayList<>();
    for (int from = 0; from < tickets.size(); from += MAX_BATCH) {
      List<Ticket> chunk = tickets.subList(from, Math.min(tickets.size(), from + MAX_BATCH));
      chunk.forEach(t -> known.add(t.gdbh()));
      answers.addAll(batch(chunk));
    }
    answers.forEach(this::record);
    return answers;
  }

  /** Sends {@code count} new tickets on {@code threads} threads: a scenario without faults. */
  public ScenarioReport burst(int count, int threads) {
    return generate(count, 0, 0, Channel.PUSH, threads);
  }

  /** Every push answer recorded, in the order they came. */
  public List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** The last answer recorded for a ticket number. */
  public Optional<Delivery> result(String gdbh) {
    return Optional.ofNullable(lastDelivery.get(gdbh));
  }

  /** The ticket numbers the suite acknowledged (ACCEPTED or DUPLICATE) at least once. */
  public Set<String> acknowledged() {
    return Set.copyOf(acknowledged);
  }

  private Delivery single(String gdbh, MalformedKind kind, String body) {
    Pusher.Answer answer = pusher.post(TICKETS_PATH, body);
    if (answer.error() != null) {
      return new Delivery(
          gdbh, kind, Outcome.FAILED, answer.status(), answer.error(), answer.attempts());
    }
    return interpret(gdbh, kind, answer.status(), answer.attempts(), answer.body());
  }

  private List<Delivery> batch(List<Ticket> tickets) {
    ObjectNode body = Json.object();
    ArrayNode array = body.putArray("tickets");
    tickets.forEach(t -> array.add(t.node()));
    Pusher.Answer answer = pusher.post(TICKETS_PATH, Json.write(body));
    List<Delivery> answers = new ArrayList<>();
    JsonNode results = answer.body() == null ? null : answer.body().get("results");
    for (int i = 0; i < tickets.size(); i++) {
      String gdbh = tickets.get(i).gdbh();
      if (answer.error() != null) {
        answers.add(
            new Delivery(
                gdbh, null, Outcome.FAILED, answer.status(), answer.error(), answer.attempts()));
      } else if (answer.status() == 200 && results != null && results.size() == tickets.size()) {
        answers.add(interpret(gdbh, null, 200, answer.attempts(), results.get(i)));
      } else if (answer.status() == 200) {
        answers.add(
            new Delivery(
                gdbh,
                null,
                Outcome.FAILED,
                200,
                "a batch answer without one result per ticket",
                answer.attempts()));
      } else {
        answers.add(interpret(gdbh, null, answer.status(), answer.attempts(), answer.body()));
      }
    }
    return answers;
  }

  private static Delivery interpret(
      String gdbh, MalformedKind kind, int status, int attempts, JsonNode body) {
    String word = text(body, "result");
    String reason = text(body, "reason");
    Outcome outcome;
    if ("REJECTED".equals(word) || status == 400) {
      outcome = Outcome.REJECTED;
      reason = reason == null ? "HTTP " + status : reason;
    } else if ("DUPLICATE".equals(word) || status == 200 && word == null) {
      outcome = Outcome.DUPLICATE;
    } else if ("ACCEPTED".equals(word) || status == 202) {
      outcome = Outcome.ACCEPTED;
    } else {
      outcome = Outcome.FAILED;
      reason = "HTTP " + status + (reason == null ? "" : ": " + reason);
    }
    if (outcome != Outcome.REJECTED && outcome != Outcome.FAILED) {
      reason = null;
    }
    return new Delivery(gdbh, kind, outcome, status, reason, attempts);
  }

  private Delivery record(Delivery delivery) {
    deliveries.add(delivery);
    if (delivery.gdbh() != null) {
      lastDelivery.put(delivery.gdbh(), delivery);
      if (delivery.outcome().acknowledged()) {
        acknowledged.add(delivery.gdbh());
      }
    }
    if (delivery.outcome() == Outcome.FAILED) {
      LOG.log(
          Level.INFO,
          "Gave up the ticket {0}: {1}",
          new Object[] {delivery.gdbh(), delivery.reason()});
    }
    return delivery;
  }

  // ---------------------------------------------------------------- middle database

  /** Writes a ticket as a NEW row (waiting while down); returns the row id. */
  public long writeRow(Ticket ticket) {
    known.add(ticket.gdbh());
    return insertRow(ticket.gdbh(), ticket.json());
  }

  /**
   * Writes a malformed ticket as a NEW row; a ticket without a number gets an empty {@code gdbh}
   * column.
   */
  public long writeRow(MalformedTicket ticket) {
    return insertRow(ticket.gdbh(), ticket.payload());
  }

  /** The number of middle-database rows with this status. */
  public long countRows(String status) {
    return requireExchange().count(status);
  }

  private long insertRow(String gdbh, String payload) {
    ExchangeTable table = requireExchange();
    try {
      availability.awaitUp();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return table.insert(gdbh, payload);
  }

  private ExchangeTable requireExchange() {
    if (exchange == null) {
      throw new IllegalStateException("no middle database configured");
    }
    return exchange;
  }

  // ---------------------------------------------------------------- scenarios

  /**
   * Sends {@code count} items: {@code round(count * duplicateShare)} duplicates, {@code round(count
   * * malformedShare)} malformed tickets (the kinds in turn, in {@link MalformedKind} order) and
   * the rest unique valid tickets. See {@link #run(Scenario)}.
   */
  public ScenarioReport generate(
      int count, double duplicateShare, double malformedShare, Channel channel, int threads) {
    return run(new Scenario(count, duplicateShare, malformedShare, channel, threads, 1));
  }

  /**
   * Runs a scenario. The items are sent in a shuffled order (seeded) on the scenario's threads; the
   * {@code j}-th duplicate resends unique ticket number {@code floor(j * unique / duplicates)} with
   * the same payload, never before the original's own push or row is done. With a batch size above
   * 1, well-formed tickets and duplicates go in batches of consecutive items; malformed ones always
   * go singly.
   */
  public ScenarioReport run(Scenario scenario) {
    long started = System.nanoTime();
    Random random = new Random(settings.seed() * 31 + scenarios.incrementAndGet());
    // the items in generation order: unique valid tickets, then malformed ones
    List<Item> items = new ArrayList<>();
    List<String> validNumbers = new ArrayList<>();
    for (int i = 0; i < scenario.uniqueValid(); i++) {
      Ticket ticket = newTicket();
      validNumbers.add(ticket.gdbh());
      items.add(new Item(ticket, null, null));
    }
    Map<MalformedKind, Integer> malformedByKind = new EnumMap<>(MalformedKind.class);
    MalformedKind[] kinds = MalformedKind.values();
    for (int i = 0; i < scenario.malformed(); i++) {
      MalformedKind kind = kinds[i % kinds.length];
      malformedByKind.merge(kind, 1, Integer::sum);
      items.add(new Item(null, newMalformed(kind), null));
    }
    Collections.shuffle(items, random);
    // duplicates after their originals: sort keys
    Map<Item, Double> keys = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      keys.put(items.get(i), (double) i);
    }
    List<Item> originals = items.stream().filter(i -> i.ticket != null).toList();
    Map<String, Item> byNumber = new HashMap<>();
    originals.forEach(i -> byNumber.put(i.ticket.gdbh(), i));
    List<Item> ordered = new ArrayList<>(items);
    for (int j = 0; j < scenario.duplicates(); j++) {
      Item original =
          byNumber.get(
              validNumbers.get((int) ((long) j * validNumbers.size() / scenario.duplicates())));
      double from = keys.get(original);
      double span = items.size() - from;
      Item duplicate = new Item(original.ticket, null, original);
      keys.put(duplicate, from + span * (0.000001 + random.nextDouble() * 0.999998));
      ordered.add(duplicate);
    }
    ordered.sort((a, b) -> Double.compare(keys.get(a), keys.get(b)));

    List<List<Item>> tasks = tasks(ordered, scenario.batchSize());
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, scenario.threads()), daemon("hotline-scenario"));
    List<Future<List<Delivery>>> futures = new ArrayList<>();
    AtomicInteger rowsWritten = new AtomicInteger();
    AtomicInteger rowsFailed = new AtomicInteger();
    for (List<Item> task : tasks) {
      futures.add(pool.submit(() -> send(task, scenario.channel(), rowsWritten, rowsFailed)));
    }
    List<Delivery> answers = new ArrayList<>();
    try {
      for (Future<List<Delivery>> future : futures) {
        answers.addAll(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a scenario task failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }

    Map<MalformedKind, Map<Outcome, Integer>> malformedOutcomes =
        new EnumMap<>(MalformedKind.class);
    Map<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
    for (Delivery answer : answers) {
      totals.merge(answer.outcome(), 1, Integer::sum);
      if (answer.malformed() != null) {
        malformedOutcomes
            .computeIfAbsent(answer.malformed(), k -> new EnumMap<>(Outcome.class))
            .merge(answer.outcome(), 1, Integer::sum);
      }
    }
    return new ScenarioReport(
        scenario.count(),
        scenario.channel(),
        scenario.threads(),
        scenario.batchSize(),
        scenario.uniqueValid(),
        scenario.duplicates(),
        malformedByKind,
        totals.getOrDefault(Outcome.ACCEPTED, 0),
        totals.getOrDefault(Outcome.DUPLICATE, 0),
        totals.getOrDefault(Outcome.REJECTED, 0),
        totals.getOrDefault(Outcome.FAILED, 0),
        malformedOutcomes,
        rowsWritten.get(),
        rowsFailed.get(),
        List.copyOf(validNumbers),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** One item of a scenario: a valid ticket, a malformed one, or a resend of an original. */
  private static final class Item {
    final Ticket ticket;
    final MalformedTicket malformed;
    final Item original;
    final CompletableFuture<Void> done = new CompletableFuture<>();

    Item(Ticket ticket, MalformedTicket malformed, Item original) {
      this.ticket = ticket;
      this.malformed = malformed;
      this.original = original;
    }
  }

  private static List<List<Item>> tasks(List<Item> ordered, int batchSize) {
    List<List<Item>> tasks = new ArrayList<>();
    List<Item> current = new ArrayList<>();
    for (Item item : ordered) {
      if (batchSize <= 1 || item.malformed != null) {
        if (!current.isEmpty()) {
          tasks.add(current);
          current = new ArrayList<>();
        }
        tasks.add(List.of(item));
        continue;
      }
      current.add(item);
      if (current.size() == Math.min(batchSize, MAX_BATCH)) {
        tasks.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      tasks.add(current);
    }
    return tasks;
  }

  private List<Delivery> send(
      List<Item> task, Channel channel, AtomicInteger rowsWritten, AtomicInteger rowsFailed) {
    try {
      for (Item item : task) {
        if (item.original != null && !task.contains(item.original)) {
          item.original.done.join();
        }
      }
      if (channel != Channel.PUSH) {
        for (Item item : task) {
          try {
            if (item.malformed != null) {
              writeRow(item.malformed);
            } else {
              writeRow(item.ticket);
            }
            rowsWritten.incrementAndGet();
          } catch (IllegalStateException e) {
            rowsFailed.incrementAndGet();
            LOG.log(Level.INFO, "A row could not be written: {0}", e.getMessage());
          }
        }
      }
      if (channel == Channel.TABLE) {
        return List.of();
      }
      if (task.size() == 1 && task.get(0).malformed != null) {
        return List.of(push(task.get(0).malformed));
      }
      if (task.size() == 1) {
        return List.of(push(task.get(0).ticket));
      }
      return pushBatch(task.stream().map(i -> i.ticket).toList());
    } finally {
      task.forEach(i -> i.done.complete(null));
    }
  }

  // ---------------------------------------------------------------- feedback

  /** The feedback received on a ticket, in sequence order. */
  public List<Feedback> feedback(String gdbh) {
    List<Feedback> list = feedback.get(gdbh);
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return List.copyOf(list);
    }
  }

  private void handleFeedback(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        receiveFeedback(exchange);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The feedback API failed", e);
        answer(exchange, 500, reply("ERROR"));
      }
    }
  }

  private void receiveFeedback(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    if (!FEEDBACK_PATH.equals(exchange.getRequestURI().getPath())) {
      answer(exchange, 404, reply("NOT_FOUND"));
      return;
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      answer(exchange, 405, reply("METHOD_NOT_ALLOWED"));
      return;
    }
    if (availability.isDown()) {
      exchange.getResponseHeaders().set("Retry-After", "5");
      answer(exchange, 503, reply("UNAVAILABLE"));
      return;
    }
    if (!HotlineSignature.verify(
        settings.secret(),
        exchange.getRequestHeaders().getFirst(HotlineSignature.TIMESTAMP_HEADER),
        exchange.getRequestHeaders().getFirst(HotlineSignature.SIGNATURE_HEADER),
        body,
        Instant.now())) {
      answer(exchange, 401, reply("UNAUTHORIZED"));
      return;
    }
    JsonNode document = Json.read(new String(body, StandardCharsets.UTF_8));
    String problem = feedbackProblem(document);
    if (problem != null) {
      answer(exchange, 400, reply("REJECTED").put("reason", problem));
      return;
    }
    String gdbh = document.get("gdbh").asText();
    if (!known.contains(gdbh) && !settings.acceptUnknownTickets()) {
      answer(exchange, 404, reply("UNKNOWN_TICKET").put("gdbh", gdbh));
      return;
    }
    Feedback entry =
        new Feedback(
            gdbh,
            document.get("xh").asInt(),
            document.get("lx").asText(),
            document.get("sj").asText(),
            text(document, "dw"),
            text(document, "nr"),
            document.hasNonNull("yqts") ? document.get("yqts").asInt() : null,
            Instant.now());
    List<Feedback> list = feedback.computeIfAbsent(gdbh, k -> new ArrayList<>());
    int expected;
    boolean added = false;
    synchronized (list) {
      expected = list.size() + 1;
      if (entry.xh() == expected) {
        list.add(entry);
        added = true;
      }
    }
    if (!added && entry.xh() > expected) {
      answer(exchange, 409, reply("OUT_OF_ORDER").put("expected", expected));
      return;
    }
    if (added && "HF".equals(entry.lx())) {
      scheduleReturnVisit(gdbh);
    }
    answer(exchange, 200, reply("OK"));
  }

  /** Why a feedback document is malformed, or {@code null}. */
  private static String feedbackProblem(JsonNode document) {
    if (document == null || !document.isObject()) {
      return "the body is not a JSON object";
    }
    String gdbh = text(document, "gdbh");
    if (gdbh == null || !TICKET_NUMBER.matcher(gdbh).matches()) {
      return "gdbh is missing or not 6..40 of [A-Za-z0-9-]";
    }
    JsonNode xh = document.get("xh");
    if (xh == null
        || !xh.isIntegralNumber()
        || xh.asLong() < 1
        || xh.asLong() > Integer.MAX_VALUE) {
      return "xh is missing or not a positive integer";
    }
    String lx = text(document, "lx");
    if (lx == null || !FEEDBACK_TYPES.contains(lx)) {
      return "lx is missing or not one of QS, TH, YQ, HF";
    }
    String sj = text(document, "sj");
    try {
      OffsetDateTime.parse(sj == null ? "" : sj);
    } catch (DateTimeParseException e) {
      return "sj is missing or not an ISO-8601 time with offset";
    }
    if (document.has("dw") && !document.get("dw").isNull() && !document.get("dw").isTextual()) {
      return "dw is not a text";
    }
    String nr = text(document, "nr");
    if (!"QS".equals(lx) && (nr == null || nr.isBlank())) {
      return "nr is required for " + lx;
    }
    if (nr != null && nr.length() > 4000) {
      return "nr is longer than 4000 characters";
    }
    if ("YQ".equals(lx)) {
      JsonNode yqts = document.get("yqts");
      if (yqts == null || !yqts.isIntegralNumber() || yqts.asInt() < 1) {
        return "yqts is required for YQ as a positive integer";
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- return visits

  /**
   * Pushes a return visit now (waiting while down, retrying) and records it.
   *
   * @param result MY, JBMY, BMY or WFLX (sent as given)
   */
  public ReturnVisit returnVisit(String gdbh, String result, String remark) {
    String hfsj = TicketGenerator.time(Instant.now());
    ObjectNode body = Json.object();
    body.put("gdbh", gdbh);
    body.put("hfsj", hfsj);
    body.put("jg", result);
    body.put("sm", remark);
    Pusher.Answer answer = pusher.post(RETURN_VISITS_PATH, Json.write(body));
    Delivery delivery =
        answer.error() != null
            ? new Delivery(
                gdbh, null, Outcome.FAILED, answer.status(), answer.error(), answer.attempts())
            : interpret(gdbh, null, answer.status(), answer.attempts(), answer.body());
    ReturnVisit visit = new ReturnVisit(gdbh, hfsj, result, remark, delivery);
    returnVisits.add(visit);
    if (delivery.outcome() == Outcome.FAILED || delivery.outcome() == Outcome.REJECTED) {
      LOG.log(
          Level.INFO,
          "Return visit of {0}: {1} {2}",
          new Object[] {gdbh, delivery.outcome(), delivery.reason()});
    }
    return visit;
  }

  /** The return visits pushed, in order. */
  public List<ReturnVisit> returnVisits() {
    return List.copyOf(returnVisits);
  }

  /** The return visits pushed for a ticket, in order. */
  public List<ReturnVisit> returnVisits(String gdbh) {
    return returnVisits.stream().filter(v -> v.gdbh().equals(gdbh)).toList();
  }

  private void scheduleReturnVisit(String gdbh) {
    Duration delay = settings.returnVisitDelay();
    if (delay.isZero() || delay.isNegative()) {
      return;
    }
    scheduler.schedule(
        () ->
            workers.execute(
                () -> {
                  String jg = drawResult();
                  returnVisit(gdbh, jg, remark(jg));
                }),
        delay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private String drawResult() {
    Map<String, Integer> weights = settings.returnVisitWeights();
    List<String> codes = new ArrayList<>(new TreeSet<>(weights.keySet()));
    int total = codes.stream().mapToInt(weights::get).sum();
    int draw;
    synchronized (visitRandom) {
      draw = visitRandom.nextInt(total);
    }
    for (String code : codes) {
      draw -= weights.get(code);
      if (draw < 0) {
        return code;
      }
    }
    return codes.get(codes.size() - 1);
  }

  private String remark(String result) {
    List<String> remarks = REMARKS.getOrDefault(result, List.of("已回访"));
    synchronized (visitRandom) {
      return remarks.get(visitRandom.nextInt(remarks.size()));
    }
  }

  // ---------------------------------------------------------------- down mode

  /** Down for {@code duration} (zero or negative: until {@link #up()}): 503, nothing pushed. */
  public void down(Duration duration) {
    availability.down(duration);
    LOG.info("The hotline is down" + (duration == null ? "" : " for " + duration));
  }

  public void up() {
    availability.up();
    LOG.info("The hotline is up");
  }

  public boolean isDown() {
    return availability.isDown();
  }

  // ---------------------------------------------------------------- stats and control API

  public Stats stats() {
    Map<Outcome, Long> pushes = new EnumMap<>(Outcome.class);
    deliveries.forEach(d -> pushes.merge(d.outcome(), 1L, Long::sum));
    Map<Outcome, Long> visits = new EnumMap<>(Outcome.class);
    returnVisits.forEach(v -> visits.merge(v.delivery().outcome(), 1L, Long::sum));
    int entries = 0;
    for (List<Feedback> list : feedback.values()) {
      synchronized (list) {
        entries += list.size();
      }
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    if (exchange != null) {
      try {
        rows.putAll(exchange.counts());
      } catch (IllegalStateException e) {
        LOG.log(Level.INFO, "No row counts: {0}", e.getMessage());
      }
    }
    return new Stats(
        generator.issued(),
        pushes,
        acknowledged.size(),
        rows,
        ticketsWithFeedback(),
        entries,
        visits,
        isDown());
  }

  private int ticketsWithFeedback() {
    int tickets = 0;
    for (List<Feedback> list : feedback.values()) {
      synchronized (list) {
        tickets += list.isEmpty() ? 0 : 1;
      }
    }
    return tickets;
  }

  private void handleControl(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        control(exchange);
      } catch (IllegalArgumentException e) {
        answer(exchange, 400, reply("REJECTED").put("reason", String.valueOf(e.getMessage())));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The control API failed", e);
        answer(exchange, 500, reply("ERROR").put("reason", String.valueOf(e.getMessage())));
      }
    }
  }

  private void control(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    Matcher ticketFeedback = TICKET_FEEDBACK.matcher(path);
    if ("/sim/stats".equals(path) && "GET".equals(method)) {
      answer(exchange, 200, statsJson());
    } else if ("/sim/generate".equals(path) && "POST".equals(method)) {
      Scenario scenario =
          new Scenario(
              Integer.parseInt(query.getOrDefault("count", "10")),
              share(query.getOrDefault("duplicates", "0")),
              share(query.getOrDefault("malformed", "0")),
              Channel.valueOf(query.getOrDefault("channel", "PUSH").toUpperCase()),
              Integer.parseInt(query.getOrDefault("threads", "4")),
              Integer.parseInt(query.getOrDefault("batch", "1")));
      answerText(exchange, 200, run(scenario).json());
    } else if ("/sim/down".equals(path) && "POST".equals(method)) {
      String seconds = query.get("seconds");
      down(seconds == null ? Duration.ZERO : Duration.ofSeconds(Long.parseLong(seconds)));
      answer(exchange, 200, statsJson());
    } else if ("/sim/up".equals(path) && "POST".equals(method)) {
      up();
      answer(exchange, 200, statsJson());
    } else if (ticketFeedback.matches() && "GET".equals(method)) {
      ArrayNode list = Json.MAPPER.createArrayNode();
      for (Feedback entry : feedback(ticketFeedback.group(1))) {
        ObjectNode node = list.addObject();
        node.put("gdbh", entry.gdbh());
        node.put("xh", entry.xh());
        node.put("lx", entry.lx());
        node.put("sj", entry.sj());
        node.put("dw", entry.dw());
        node.put("nr", entry.nr());
        if (entry.yqts() != null) {
          node.put("yqts", entry.yqts());
        }
        node.put("receivedAt", entry.receivedAt().toString());
      }
      answerText(exchange, 200, Json.write(list));
    } else if ("/sim/return-visit".equals(path) && "POST".equals(method)) {
      if (isDown()) {
        answer(exchange, 503, reply("UNAVAILABLE"));
        return;
      }
      String gdbh = query.get("gdbh");
      if (gdbh == null) {
        answer(exchange, 400, reply("REJECTED").put("reason", "gdbh is required"));
        return;
      }
      String jg = query.getOrDefault("jg", drawResult());
      ReturnVisit visit = returnVisit(gdbh, jg, query.getOrDefault("sm", remark(jg)));
      ObjectNode node = reply(visit.delivery().outcome().name());
      node.put("gdbh", gdbh);
      node.put("hfsj", visit.hfsj());
      node.put("jg", visit.jg());
      node.put("sm", visit.sm());
      node.put("status", visit.delivery().status());
      node.put("reason", visit.delivery().reason());
      answer(exchange, 200, node);
    } else {
      answer(exchange, 404, reply("NOT_FOUND"));
    }
  }

  private ObjectNode statsJson() {
    Stats stats = stats();
    ObjectNode node = Json.object();
    node.put("ticketsIssued", stats.ticketsIssued());
    ObjectNode pushes = node.putObject("pushes");
    stats.pushes().forEach((k, v) -> pushes.put(k.name(), v));
    node.put("acknowledged", stats.acknowledged());
    ObjectNode rows = node.putObject("rows");
    stats.rows().forEach(rows::put);
    node.put("ticketsWithFeedback", stats.ticketsWithFeedback());
    node.put("feedbackReceived", stats.feedbackReceived());
    ObjectNode visits = node.putObject("returnVisits");
    stats.returnVisits().forEach((k, v) -> visits.put(k.name(), v));
    node.put("down", stats.down());
    Instant until = availability.downUntil();
    if (until != null) {
      node.put("downUntil", until.toString());
    }
    return node;
  }

  /** A share as a fraction ({@code 0.1}) or a percentage ({@code 10%}). */
  static double share(String value) {
    String text = value.trim();
    if (text.endsWith("%")) {
      return Double.parseDouble(text.substring(0, text.length() - 1)) / 100;
    }
    return Double.parseDouble(text);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      values.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return values;
  }

  private static ObjectNode reply(String result) {
    return Json.object().put("result", result);
  }

  private static String text(JsonNode node, String field) {
    return node != null && node.hasNonNull(field) && node.get(field).isValueNode()
        ? node.get(field).asText()
        : null;
  }

  private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
    answerText(exchange, status, Json.write(body));
  }

  private static void answerText(HttpExchange exchange, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  // ---------------------------------------------------------------- lifecycle

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
    }
    scheduler.shutdownNow();
    workers.shutdownNow();
    httpThreads.shutdownNow();
    if (exchange != null) {
      if (h2 != null) {
        // the in-memory database is this hotline's own: it ends with it
        exchange.shutdownDatabase();
      }
      exchange.close();
    }
    if (h2 != null) {
      h2.stop();
    }
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger number = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  // ---------------------------------------------------------------- command line

  /**
   * The command line: {@code hotline --port 18345 --secret S --suite-url URL [--exchange-url JDBC
   * --exchange-user U --exchange-password P | --exchange-h2-port 19092] [--return-visit-delay 10s]
   * [--seed 42]}; runs until stopped.
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && ("--help".equals(args[0]) || "help".equals(args[0]))) {
      System.out.println(HotlineCommandLine.USAGE);
      return;
    }
    HotlineSettings settings = HotlineCommandLine.parse(args);
    HotlineSimulator simulator = start(settings);
    System.out.println("12345 hotline simulator on " + simulator.baseUrl());
    System.out.println("  feedback API   POST " + simulator.feedbackUrl());
    System.out.println("  control API    " + simulator.baseUrl() + "/sim/stats");
    System.out.println(
        "  pushes to      "
            + (settings.suiteUrl() == null
                ? "(no suite URL)"
                : settings.suiteUrl() + TICKETS_PATH));
    simulator
        .exchange()
        .ifPresent(
            table ->
                System.out.println(
                    "  middle database "
                        + table.url()
                        + " (user "
                        + settings.exchangeUser()
                        + ")"));
    System.out.println("  run id " + simulator.generator().runId() + ", seed " + settings.seed());
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
    new CountDownLatch(1).await();
  }
}
