package cn.finegov.simulators.hotline;

import cn.finegov.simulators.hotline.HotlineCategories.Category;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic tickets of the demo city 江城市滨江区 (streets 望江街道 and 柳岸街道), deterministic for a seed: the
 * same seed, run id and clock give the same tickets.
 *
 * <p>Ticket numbers are {@code 12345-<yyyyMMdd>-<run id><6-digit counter>}: the date of the run's
 * start (China time), a run id of 7 digits (by default the hundredths of a second of the day at
 * which the run started, made unique within the JVM) and a counter from 000001. Two runs on the
 * same day therefore do not collide unless they start within the same hundredth of a second in two
 * processes.
 *
 * <p>Shares: about 10% of the tickets carry no coordinates, 10% are anonymous (no name, no phone),
 * 15% keep the caller confidential, 5% are urgent, 3% repeat an earlier ticket of the run ({@code
 * cfgd}, same place and category).
 */
public final class TicketGenerator {

  /** The box of the demo grids; generated coordinates lie inside it. */
  public static final double LNG_MIN = 120.1395;

  public static final double LNG_MAX = 120.1705;
  public static final double LAT_MIN = 30.2665;
  public static final double LAT_MAX = 30.2815;

  public static final String CITY = "江城市滨江区";

  static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
  private static final AtomicLong LAST_RUN_ID = new AtomicLong(-1);

  /** A community of the demo streets: its roads, places and latitude band. */
  private record Community(
      String street,
      String name,
      List<String> roads,
      List<String> residences,
      List<String> places,
      double lngMin,
      double lngMax,
      double latMin,
      double latMax) {}

  private static final List<Community> COMMUNITIES =
      List.of(
          new Community(
              "望江街道",
              "望江社区",
              List.of("望江路", "观潮路", "钱塘北路"),
              List.of("望江花园", "观潮苑"),
              List.of("望江小学", "望江路公交站"),
              120.1395,
              120.1548,
              30.2742,
              30.2815),
          new Community(
              "望江街道",
              "江滩社区",
              List.of("江滩路", "滨江大道", "钱塘南路"),
              List.of("江畔人家", "江滩新苑"),
              List.of("江滩公园", "江滩农贸市场"),
              120.1395,
              120.1548,
              30.2665,
              30.2734),
          new Community(
              "柳岸街道",
              "柳岸社区",
              List.of("柳岸路", "春晓路", "垂杨巷"),
              List.of("柳岸小区", "春晓苑"),
              List.of("柳岸菜场", "柳岸幼儿园"),
              120.1562,
              120.1705,
              30.2742,
              30.2815),
          new Community(
              "柳岸街道",
              "新桥社区",
              List.of("新桥路", "杨柳街", "春晓路"),
              List.of("新桥新村", "杨柳郡"),
              List.of("新桥商业街", "新桥公交站"),
              120.1562,
              120.1705,
              30.2665,
              30.2734));

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
    "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "沈"
  };
  private static final String[] GIVEN_NAMES = {
    "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰",
    "霞", "平", "刚", "桂英", "建国", "志强", "海燕", "晓东", "子涵", "浩然", "雨轩", "梓萱", "文博", "丽华", "国庆", "春梅",
    "立新", "思远", "佳怡"
  };
  private static final String[] MOBILE_PREFIXES = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
        "157",
    "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "186", "187", "188",
        "189",
    "191", "198", "199"
  };
  private static final String[] DAYS = {"两天", "三天", "好几天", "一周", "十来天", "半个月"};
  private static final String[] CHANNELS = {"DH", "WX", "APP", "WZ", "YJ"};
  private static final int[] CHANNEL_WEIGHTS = {55, 15, 12, 12, 6};

  private final Random random;
  private final Clock clock;
  private final String runId;
  private final String prefix;
  private final List<Ticket> earlier = new ArrayList<>();
  private final List<Category> categories = HotlineCategories.all();
  private final int[] categoryWeights;
  private long counter;

  /** A generator with a fresh run id and the system clock. */
  public TicketGenerator(long seed) {
    this(seed, newRunId(), Clock.systemUTC());
  }

  /**
   * @param seed the seed of every random choice
   * @param runId digits that make this run's ticket numbers unique (1..20 of [0-9A-Za-z])
   * @param clock the clock of {@code slsj} and of the ticket numbers' date
   */
  public TicketGenerator(long seed, String runId, Clock clock) {
    if (!runId.matches("[0-9A-Za-z]{1,20}")) {
      throw new IllegalArgumentException("a run id is 1..20 of [0-9A-Za-z]: " + runId);
    }
    this.random = new Random(seed);
    this.clock = clock;
    this.runId = runId;
    this.prefix = "12345-" + LocalDate.ofInstant(clock.instant(), CHINA).format(DAY) + "-" + runId;
    this.categoryWeights =
        categories.stream()
            .mapToInt(
                c ->
                    switch (c.code()) {
                      case "2101", "2301", "9999" -> 4;
                      case "2201" -> 3;
                      case "2401" -> 6;
                      default -> 8;
                    })
            .toArray();
  }

  /**
   * A run id of 7 digits: the hundredths of a second of the current day (China time), strictly
   * larger than the last one handed out in this JVM.
   */
  public static String newRunId() {
    long now = LocalTime.now(CHINA).toNanoOfDay() / 10_000_000L;
    long id = LAST_RUN_ID.updateAndGet(last -> Math.max(now, last + 1));
    return String.format("%07d", id);
  }

  public String runId() {
    return runId;
  }

  /** How many ticket numbers this generator has handed out. */
  public synchronized long issued() {
    return counter;
  }

  /** The next well-formed ticket. */
  public synchronized Ticket next() {
    Ticket ticket = nextTicket();
    earlier.add(ticket);
    if (earlier.size() > 500) {
      earlier.remove(0);
    }
    return ticket;
  }

  /** A ticket broken the given way; it uses a ticket number of the run like a valid one. */
  public synchronized MalformedTicket malformed(MalformedKind kind) {
    Ticket base = nextTicket();
    ObjectNode node = base.node();
    String gdbh = base.gdbh();
    String payload;
    switch (kind) {
      case NOT_JSON -> {
        String json = base.json();
        payload = json.substring(0, json.length() * 3 / 5);
      }
      case MISSING_TICKET_NO -> {
        node.remove("gdbh");
        gdbh = null;
        payload = Json.write(node);
      }
      case MISSING_CONTENT -> {
        node.remove("nr");
        payload = Json.write(node);
      }
      case BAD_REQUEST_TYPE -> {
        node.put("sqlx", "XX");
        payload = Json.write(node);
      }
      case BAD_TIME -> {
        node.put("slsj", "yesterday");
        payload = Json.write(node);
      }
      case CONTENT_TOO_LONG -> {
        StringBuilder content = new StringBuilder();
        while (content.length() < 4001) {
          content.append(base.nr());
        }
        node.put("nr", content.substring(0, 4001));
        payload = Json.write(node);
      }
      case BAD_PHONE -> {
        ObjectNode caller = (ObjectNode) node.get("ldr");
        if (!caller.has("xm")) {
          caller.put("xm", name());
        }
        caller.put("dh", "12ab");
        caller.put("nm", false);
        payload = Json.write(node);
      }
      case UNKNOWN_CATEGORY -> {
        node.put("flbm", "8888");
        payload = Json.write(node);
      }
      default -> throw new IllegalStateException(kind.name());
    }
    return new MalformedTicket(kind, gdbh, payload);
  }

  private Ticket nextTicket() {
    counter++;
    String gdbh = prefix + String.format("%06d", counter);
    String slsj = time(clock.instant().minusSeconds(random.nextInt(300)));
    String qd = CHANNELS[weighted(CHANNEL_WEIGHTS)];
    boolean urgent = random.nextInt(100) < 5;
    String jjcd = urgent ? "JJ" : random.nextInt(100) < 80 ? "PT" : null;
    Ticket.Caller caller = caller();
    if (!earlier.isEmpty() && random.nextInt(100) < 3) {
      Ticket repeated = earlier.get(random.nextInt(earlier.size()));
      Community community = communityOf(repeated.dz());
      String content =
          "再次反映："
              + content(
                  HotlineCategories.find(repeated.flbm()).orElseThrow(),
                  repeated.sqlx(),
                  community);
      return new Ticket(
          gdbh,
          slsj,
          qd,
          repeated.sqlx(),
          repeated.flbm(),
          jjcd,
          caller,
          repeated.dz(),
          repeated.jd(),
          repeated.wd(),
          content,
          repeated.gdbh(),
          limit(repeated.sqlx(), urgent));
    }
    Category category = categories.get(weighted(categoryWeights));
    String sqlx = category.requestTypes().get(random.nextInt(category.requestTypes().size()));
    Community community = COMMUNITIES.get(random.nextInt(COMMUNITIES.size()));
    Double jd = null;
    Double wd = null;
    if (random.nextInt(100) >= 10) {
      jd = round(between(community.lngMin(), community.lngMax()));
      wd = round(between(community.latMin(), community.latMax()));
    }
    return new Ticket(
        gdbh,
        slsj,
        qd,
        sqlx,
        category.code(),
        jjcd,
        caller,
        address(community),
        jd,
        wd,
        content(category, sqlx, community),
        null,
        limit(sqlx, urgent));
  }

  /**
   * An instant as the protocol writes times: ISO-8601 in China time, to the second, with offset.
   */
  public static String time(Instant instant) {
    return OffsetDateTime.ofInstant(instant, CHINA).format(TIME);
  }

  private Integer limit(String sqlx, boolean urgent) {
    if (random.nextInt(100) >= 80) {
      return null;
    }
    if (urgent) {
      return 1;
    }
    return switch (sqlx) {
      case "ZX" -> 3;
      case "QZ", "JB" -> 5;
      case "JY", "BY" -> 15;
      default -> 10;
    };
  }

  private Ticket.Caller caller() {
    boolean anonymous = random.nextInt(100) < 10;
    boolean confidential = random.nextInt(100) < 15;
    if (anonymous) {
      return new Ticket.Caller(null, null, true, confidential);
    }
    return new Ticket.Caller(name(), mobile(), false, confidential);
  }

  private String name() {
    return SURNAMES[random.nextInt(SURNAMES.length)]
        + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
  }

  private String mobile() {
    return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
        + String.format("%08d", random.nextInt(100_000_000));
  }

  private String address(Community community) {
    String road = pick(community.roads());
    String base = CITY + community.street() + road;
    int form = random.nextInt(10);
    if (form == 0) {
      return base + "与" + otherRoad(community, road) + "交叉口";
    }
    String address = base + (1 + random.nextInt(399)) + "号";
    if (form <= 3) {
      address +=
          pick(community.residences())
              + (1 + random.nextInt(24))
              + "幢"
              + (1 + random.nextInt(4))
              + "单元";
    }
    return address;
  }

  private String content(Category category, String sqlx, Community community) {
    String road = pick(community.roads());
    List<String> places = new ArrayList<>(community.residences());
    places.addAll(community.places());
    return pick(category.templatesFor(sqlx))
        .replace("{road2}", otherRoad(community, road))
        .replace("{road}", road)
        .replace("{n}", String.valueOf(1 + random.nextInt(399)))
        .replace("{place}", pick(places))
        .replace("{street}", community.street())
        .replace("{days}", DAYS[random.nextInt(DAYS.length)]);
  }

  private String otherRoad(Community community, String road) {
    List<String> others = community.roads().stream().filter(r -> !r.equals(road)).toList();
    return pick(others);
  }

  private static Community communityOf(String address) {
    return COMMUNITIES.stream()
        .filter(c -> c.roads().stream().anyMatch(address::contains))
        .findFirst()
        .orElse(COMMUNITIES.get(0));
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private int weighted(int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int draw = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private double between(double low, double high) {
    return low + random.nextDouble() * (high - low);
  }

  private static double round(double value) {
    return Math.round(value * 1_000_000d) / 1_000_000d;
  }
}
