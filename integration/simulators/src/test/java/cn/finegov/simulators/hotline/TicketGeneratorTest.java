package cn.finegov.simulators.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TicketGeneratorTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T01:15:00Z"), ZoneOffset.UTC);
  private static final Set<String> CHANNELS = Set.of("DH", "WZ", "WX", "APP", "YJ");
  private static final Set<String> TABLE_CODES =
      Set.of(
          "1101", "1102", "1103", "1104", "1105", "1201", "1202", "1203", "1204", "1205", "1206",
          "1207", "2101", "2201", "2301", "2401", "9999");

  private static List<JsonNode> parsed(List<Ticket> tickets) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (Ticket ticket : tickets) {
      nodes.add(MAPPER.readTree(ticket.json()));
    }
    return nodes;
  }

  private static List<Ticket> tickets(TicketGenerator generator, int count) {
    return IntStream.range(0, count).mapToObj(i -> generator.next()).toList();
  }

  @Test
  void validTicketsHaveEveryRequiredFieldAndCodesOfTheTable() throws IOException {
    TicketGenerator generator = new TicketGenerator(42, "0815000", CLOCK);
    Set<String> earlier = new HashSet<>();

    for (JsonNode ticket : parsed(tickets(generator, 2000))) {
      String gdbh = ticket.get("gdbh").asText();
      assertThat(gdbh).matches("12345-20261123-0815000[0-9]{6}").hasSizeBetween(6, 40);
      assertThat(OffsetDateTime.parse(ticket.get("slsj").asText()).getOffset())
          .isEqualTo(ZoneOffset.ofHours(8));
      assertThat(ticket.get("slsj").asText()).matches("2026-11-23T09:1[0-5]:[0-9]{2}\\+08:00");
      assertThat(ticket.get("qd").asText()).isIn(CHANNELS);
      String flbm = ticket.get("flbm").asText();
      assertThat(flbm).isIn(TABLE_CODES);
      assertThat(ticket.get("sqlx").asText())
          .isIn(HotlineCategories.find(flbm).orElseThrow().requestTypes());
      if (ticket.has("jjcd")) {
        assertThat(ticket.get("jjcd").asText()).isIn("PT", "JJ");
      }
      JsonNode caller = ticket.get("ldr");
      assertThat(caller.get("nm").isBoolean()).isTrue();
      assertThat(caller.get("bm").isBoolean()).isTrue();
      if (caller.get("nm").asBoolean()) {
        assertThat(caller.has("xm")).isFalse();
        assertThat(caller.has("dh")).isFalse();
      } else {
        assertThat(caller.get("xm").asText()).hasSizeBetween(2, 3);
        assertThat(caller.get("dh").asText()).matches("1[3-9][0-9]{9}");
      }
      assertThat(ticket.get("dz").asText()).matches("江城市滨江区(望江街道|柳岸街道).+(号|单元|交叉口)");
      assertThat(ticket.has("jd")).isEqualTo(ticket.has("wd"));
      if (ticket.has("jd")) {
        assertThat(ticket.get("jd").asDouble()).isBetween(120.1395, 120.1705);
        assertThat(ticket.get("wd").asDouble()).isBetween(30.2665, 30.2815);
        // the coordinates lie in the street of the address (望江 west of 120.1555, 柳岸 east)
        boolean west = ticket.get("jd").asDouble() < 120.1555;
        assertThat(ticket.get("dz").asText()).contains(west ? "望江街道" : "柳岸街道");
      }
      assertThat(ticket.get("nr").asText()).hasSizeBetween(1, 4000).doesNotContain("{");
      if (ticket.has("blsx")) {
        assertThat(ticket.get("blsx").asInt()).isPositive();
      }
      if (ticket.has("cfgd")) {
        assertThat(earlier).contains(ticket.get("cfgd").asText());
        assertThat(ticket.get("nr").asText()).startsWith("再次反映");
      }
      earlier.add(gdbh);
    }
    assertThat(earlier).hasSize(2000);
  }

  @Test
  void theSharesAreRealistic() throws IOException {
    List<JsonNode> tickets = parsed(tickets(new TicketGenerator(7, "0000001", CLOCK), 2000));

    assertThat(tickets.stream().filter(t -> !t.has("jd")).count()).isBetween(140L, 260L);
    assertThat(tickets.stream().filter(t -> t.get("ldr").get("nm").asBoolean()).count())
        .isBetween(140L, 260L);
    assertThat(tickets.stream().filter(t -> t.get("ldr").get("bm").asBoolean()).count())
        .isBetween(220L, 380L);
    assertThat(tickets.stream().filter(t -> "JJ".equals(t.path("jjcd").asText())).count())
        .isBetween(50L, 150L);
    assertThat(tickets.stream().filter(t -> t.has("cfgd")).count()).isBetween(20L, 110L);
    assertThat(tickets.stream().map(t -> t.get("flbm").asText()).distinct())
        .containsExactlyInAnyOrderElementsOf(TABLE_CODES);
    assertThat(tickets.stream().map(t -> t.get("qd").asText()).distinct())
        .containsExactlyInAnyOrderElementsOf(CHANNELS);
    assertThat(tickets.stream().map(t -> t.get("sqlx").asText()).distinct())
        .containsExactlyInAnyOrder("ZX", "QZ", "TS", "JB", "JY", "BY");
    assertThat(tickets.stream().map(t -> t.get("dz").asText().substring(6, 10)).distinct())
        .containsExactlyInAnyOrder("望江街道", "柳岸街道");
  }

  @Test
  void contentFitsTheRequestTypeWhereTheCategoryDistinguishes() throws IOException {
    for (JsonNode ticket : parsed(tickets(new TicketGenerator(3, "0000001", CLOCK), 1500))) {
      if (ticket.get("flbm").asText().equals("2301") && !ticket.has("cfgd")) {
        String nr = ticket.get("nr").asText();
        if (ticket.get("sqlx").asText().equals("JY")) {
          assertThat(nr).contains("建议");
        } else {
          assertThat(nr).containsAnyOf("表扬", "感谢");
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameTickets() {
    List<String> first =
        tickets(new TicketGenerator(11, "1234567", CLOCK), 300).stream().map(Ticket::json).toList();
    List<String> second =
        tickets(new TicketGenerator(11, "1234567", CLOCK), 300).stream().map(Ticket::json).toList();
    List<String> otherSeed =
        tickets(new TicketGenerator(12, "1234567", CLOCK), 300).stream().map(Ticket::json).toList();

    assertThat(second).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  @Test
  void twoRunsOnTheSameDayDoNotShareTicketNumbers() {
    TicketGenerator first = new TicketGenerator(42);
    TicketGenerator second = new TicketGenerator(42);
    Set<String> numbers = new HashSet<>();
    tickets(first, 500).forEach(t -> numbers.add(t.gdbh()));
    tickets(second, 500).forEach(t -> numbers.add(t.gdbh()));

    assertThat(first.runId()).isNotEqualTo(second.runId()).matches("[0-9]{7}");
    assertThat(numbers).hasSize(1000);
    assertThat(Long.parseLong(TicketGenerator.newRunId()))
        .isGreaterThan(Long.parseLong(second.runId()));
  }

  @Test
  void malformedTicketsAreBrokenExactlyAsTheirKindSays() throws IOException {
    TicketGenerator generator = new TicketGenerator(5, "0000001", CLOCK);

    MalformedTicket notJson = generator.malformed(MalformedKind.NOT_JSON);
    assertThat(Json.read(notJson.payload())).isNull();
    assertThat(notJson.payload()).startsWith("{").contains(notJson.gdbh());

    MalformedTicket noNumber = generator.malformed(MalformedKind.MISSING_TICKET_NO);
    assertThat(noNumber.gdbh()).isNull();
    assertValidExcept(MAPPER.readTree(noNumber.payload()), "gdbh");
    assertThat(MAPPER.readTree(noNumber.payload()).has("gdbh")).isFalse();

    JsonNode noContent =
        MAPPER.readTree(generator.malformed(MalformedKind.MISSING_CONTENT).payload());
    assertThat(noContent.has("nr")).isFalse();
    assertValidExcept(noContent, "nr");

    JsonNode badType =
        MAPPER.readTree(generator.malformed(MalformedKind.BAD_REQUEST_TYPE).payload());
    assertThat(badType.get("sqlx").asText()).isEqualTo("XX");
    assertValidExcept(badType, "sqlx");

    JsonNode badTime = MAPPER.readTree(generator.malformed(MalformedKind.BAD_TIME).payload());
    assertThat(badTime.get("slsj").asText()).isEqualTo("yesterday");
    assertValidExcept(badTime, "slsj");

    JsonNode tooLong =
        MAPPER.readTree(generator.malformed(MalformedKind.CONTENT_TOO_LONG).payload());
    assertThat(tooLong.get("nr").asText()).hasSize(4001);
    assertValidExcept(tooLong, "nr");

    for (int i = 0; i < 20; i++) {
      JsonNode badPhone = MAPPER.readTree(generator.malformed(MalformedKind.BAD_PHONE).payload());
      assertThat(badPhone.get("ldr").get("dh").asText()).isEqualTo("12ab");
      assertThat(badPhone.get("ldr").get("nm").asBoolean()).isFalse();
      assertThat(badPhone.get("ldr").get("xm").asText()).isNotBlank();
      assertValidExcept(badPhone, "ldr");
    }

    MalformedTicket unknown = generator.malformed(MalformedKind.UNKNOWN_CATEGORY);
    JsonNode unknownCategory = MAPPER.readTree(unknown.payload());
    assertThat(unknownCategory.get("flbm").asText()).isEqualTo("8888");
    assertThat(HotlineCategories.find("8888")).isEmpty();
    assertValidExcept(unknownCategory, "flbm");
    assertThat(unknown.gdbh()).isEqualTo(unknownCategory.get("gdbh").asText());
  }

  /** Every required field but {@code broken} is present and well-formed. */
  private static void assertValidExcept(JsonNode ticket, String broken) {
    for (String field : List.of("gdbh", "slsj", "qd", "sqlx", "flbm", "ldr", "dz", "nr")) {
      if (!field.equals(broken)) {
        assertThat(ticket.hasNonNull(field)).as(field).isTrue();
      }
    }
    if (!broken.equals("sqlx")) {
      assertThat(ticket.get("sqlx").asText()).isIn(HotlineCategories.REQUEST_TYPES);
    }
    if (!broken.equals("slsj")) {
      OffsetDateTime.parse(ticket.get("slsj").asText());
    }
    if (!broken.equals("nr")) {
      assertThat(ticket.get("nr").asText()).hasSizeBetween(1, 4000);
    }
  }

  @Test
  void aTicketDescribesItselfWithoutThePhoneNumber() {
    Ticket ticket =
        new Ticket(
            "12345-20261123-000017",
            "2026-11-23T09:15:02+08:00",
            "DH",
            "TS",
            "1101",
            null,
            new Ticket.Caller("张三", "13812341234", false, true),
            "江城市滨江区望江街道望江路18号",
            null,
            null,
            "路灯不亮",
            null,
            null);

    assertThat(ticket.toString()).contains("138****1234").doesNotContain("13812341234");
    assertThat(ticket.ldr().toString()).contains("138****1234").doesNotContain("13812341234");
    assertThat(ticket.json())
        .isEqualTo(
            "{\"gdbh\":\"12345-20261123-000017\",\"slsj\":\"2026-11-23T09:15:02+08:00\","
                + "\"qd\":\"DH\",\"sqlx\":\"TS\",\"flbm\":\"1101\",\"ldr\":{\"xm\":\"张三\","
                + "\"dh\":\"13812341234\",\"nm\":false,\"bm\":true},"
                + "\"dz\":\"江城市滨江区望江街道望江路18号\",\"nr\":\"路灯不亮\"}");
  }

  @Test
  void protocolTimesAreInChinaTimeToTheSecond() {
    assertThat(TicketGenerator.time(Instant.parse("2026-11-23T01:15:00Z")))
        .isEqualTo("2026-11-23T09:15:00+08:00");
  }
}
