package cn.finegov.integration.hotline.message;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Hotline messages as PROTOCOL.md shows them, built field by field so that a test can change or
 * drop one field. Every call returns a new builder.
 */
public final class TicketJson {

  /** The ticket number of {@link #ticket()}. */
  public static final String TICKET_NO = "12345-20261123-000017";

  public static final String NAME = "张三";
  public static final String PHONE = "13812341234";
  public static final String CONTENT = "小区门口路灯不亮已经一周，晚上出行很不方便。";

  private TicketJson() {}

  /** The caller of {@link #ticket()}: named, with a mobile number, keep confidential. */
  public static JsonObjectBuilder caller() {
    return Json.createObjectBuilder()
        .add("xm", NAME)
        .add("dh", PHONE)
        .add("nm", false)
        .add("bm", true);
  }

  /** A complete ticket with every field of the protocol. */
  public static JsonObjectBuilder ticket() {
    return ticket(TICKET_NO);
  }

  /** A complete ticket with this number. */
  public static JsonObjectBuilder ticket(String ticketNo) {
    return Json.createObjectBuilder()
        .add("gdbh", ticketNo)
        .add("slsj", "2026-11-23T09:15:02+08:00")
        .add("qd", "DH")
        .add("sqlx", "TS")
        .add("flbm", "1101")
        .add("jjcd", "JJ")
        .add("ldr", caller())
        .add("dz", "滨江区临港街道海港路18号")
        .add("jd", 120.1234)
        .add("wd", 30.2345)
        .add("nr", CONTENT)
        .add("cfgd", "12345-20261120-000003")
        .add("blsx", 10);
  }

  /** The text of a complete ticket with this number. */
  public static String valid(String ticketNo) {
    return text(ticket(ticketNo));
  }

  /** A return visit's result. */
  public static JsonObjectBuilder visit(String ticketNo, String visitedAt, String result) {
    return Json.createObjectBuilder()
        .add("gdbh", ticketNo)
        .add("hfsj", visitedAt)
        .add("jg", result)
        .add("sm", "路灯已修好");
  }

  public static String text(JsonObjectBuilder json) {
    return json.build().toString();
  }
}
