package cn.finegov.simulators.hotline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal receiver on the suite's side, for the tests: checks the signature (independently of the
 * simulator's code), validates tickets roughly as the protocol says, keeps each ticket number once,
 * and can be told to answer a few requests with a given status first.
 */
final class SuiteStandIn implements AutoCloseable {

  static final String CONTEXT = "/governance";

  static {
    // as in HotlineSimulator: answers without the delayed-ACK pause
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> REQUEST_TYPES = Set.of("ZX", "QZ", "TS", "JB", "JY", "BY");
  private static final Set<String> CHANNELS = Set.of("DH", "WZ", "WX", "APP", "YJ");

  /** A request as it arrived. */
  record Received(String path, String timestamp, String signature, String body, long atMillis) {}

  private final String secret;
  private final HttpServer server;
  private final ConcurrentLinkedQueue<Integer> scripted = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
  final Map<String, String> tickets = new ConcurrentHashMap<>();
  final Map<String, JsonNode> returnVisits = new ConcurrentHashMap<>();
  final AtomicInteger unauthorized = new AtomicInteger();

  SuiteStandIn(String secret) throws IOException {
    this.secret = secret;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(CONTEXT + HotlineSimulator.TICKETS_PATH, this::tickets);
    server.createContext(CONTEXT + HotlineSimulator.RETURN_VISITS_PATH, this::returnVisits);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + CONTEXT;
  }

  /** The next {@code times} requests are answered with {@code status} before anything else. */
  void answerNext(int times, int status) {
    for (int i = 0; i < times; i++) {
      scripted.add(status);
    }
  }

  List<Received> received(String path) {
    return received.stream().filter(r -> r.path().endsWith(path)).toList();
  }

  private void tickets(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (!checked(exchange, body)) {
        return;
      }
      JsonNode document = read(body);
      if (document != null && document.isObject() && document.has("tickets")) {
        ArrayNode results = MAPPER.createArrayNode();
        for (JsonNode ticket : document.get("tickets")) {
          results.add(take(ticket, ticket.toString()));
        }
        ObjectNode answer = MAPPER.createObjectNode();
        answer.set("results", results);
        send(exchange, 200, answer);
        return;
      }
      ObjectNode answer = take(document, new String(body, StandardCharsets.UTF_8));
      String result = answer.get("result").asText();
      send(
          exchange,
          result.equals("ACCEPTED") ? 202 : result.equals("DUPLICATE") ? 200 : 400,
          answer);
    }
  }

  private ObjectNode take(JsonNode ticket, String payload) {
    ObjectNode answer = MAPPER.createObjectNode();
    String gdbh = ticket != null && ticket.hasNonNull("gdbh") ? ticket.get("gdbh").asText() : null;
    answer.put("gdbh", gdbh);
    String problem = problem(ticket);
    if (problem != null) {
      answer.put("result", "REJECTED");
      answer.put("reason", problem);
      return answer;
    }
    answer.put("result", tickets.putIfAbsent(gdbh, payload) == null ? "ACCEPTED" : "DUPLICATE");
    return answer;
  }

  private static String problem(JsonNode ticket) {
    if (ticket == null || !ticket.isObject()) {
      return "not a JSON object";
    }
    for (String field : List.of("gdbh", "slsj", "qd", "sqlx", "flbm", "ldr", "dz", "nr")) {
      if (!ticket.hasNonNull(field)) {
        return field + " is missing";
      }
    }
    if (!ticket.get("gdbh").asText().matches("[A-Za-z0-9-]{6,40}")) {
      return "gdbh is malformed";
    }
    try {
      OffsetDateTime.parse(ticket.get("slsj").asText());
    } catch (RuntimeException e) {
      return "slsj is not a time";
    }
    if (!CHANNELS.contains(ticket.get("qd").asText())) {
      return "qd is unknown";
    }
    if (!REQUEST_TYPES.contains(ticket.get("sqlx").asText())) {
      return "sqlx is unknown";
    }
    String nr = ticket.get("nr").asText();
    if (nr.isEmpty() || nr.length() > 4000) {
      return "nr must have 1..4000 characters";
    }
    JsonNode phone = ticket.get("ldr").get("dh");
    if (phone != null && !phone.asText().matches("1[0-9]{10}|0[0-9]{9,11}")) {
      return "ldr.dh is not a phone number";
    }
    return null;
  }

  private void returnVisits(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (!checked(exchange, body)) {
        return;
      }
      JsonNode visit = read(body);
      ObjectNode answer = MAPPER.createObjectNode();
      if (visit == null
          || !visit.hasNonNull("gdbh")
          || !visit.hasNonNull("hfsj")
          || !Set.of("MY", "JBMY", "BMY", "WFLX").contains(visit.path("jg").asText())) {
        answer.put("result", "REJECTED");
        answer.put("reason", "jg is unknown or a field is missing");
        send(exchange, 400, answer);
        return;
      }
      String key = visit.get("gdbh").asText() + "@" + visit.get("hfsj").asText();
      boolean fresh = returnVisits.putIfAbsent(key, visit) == null;
      answer.put("gdbh", visit.get("gdbh").asText());
      answer.put("result", fresh ? "ACCEPTED" : "DUPLICATE");
      send(exchange, fresh ? 202 : 200, answer);
    }
  }

  /** Records the request, answers a scripted status or 401; true when it may be handled. */
  private boolean checked(HttpExchange exchange, byte[] body) throws IOException {
    String timestamp = exchange.getRequestHeaders().getFirst("X-Hotline-Timestamp");
    String signature = exchange.getRequestHeaders().getFirst("X-Hotline-Signature");
    received.add(
        new Received(
            exchange.getRequestURI().getPath(),
            timestamp,
            signature,
            new String(body, StandardCharsets.UTF_8),
            System.currentTimeMillis()));
    Integer status = scripted.poll();
    if (status != null) {
      send(exchange, status, MAPPER.createObjectNode().put("result", "SCRIPTED"));
      return false;
    }
    if (timestamp == null
        || signature == null
        || !signature.equals(TestSigner.sign(secret, timestamp, body))
        || Math.abs(System.currentTimeMillis() - Long.parseLong(timestamp)) > 300_000) {
      unauthorized.incrementAndGet();
      send(exchange, 401, MAPPER.createObjectNode().put("result", "UNAUTHORIZED"));
      return false;
    }
    return true;
  }

  private static JsonNode read(byte[] body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = MAPPER.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
