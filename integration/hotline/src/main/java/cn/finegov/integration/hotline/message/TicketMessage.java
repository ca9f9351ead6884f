package cn.finegov.integration.hotline.message;

import cn.finegov.integration.hotline.ticket.RequestType;
import cn.finegov.integration.hotline.ticket.TicketChannel;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A ticket as the hotline sends it (PROTOCOL.md), validated: {@link #parse(String)} either returns
 * a complete ticket or throws {@link InvalidMessageException} naming the field.
 *
 * @param ticketNo 工单编号
 * @param receivedAt 受理时间
 * @param channel 受理渠道
 * @param requestType 诉求类型
 * @param hotlineCategory the hotline's category code
 * @param urgent 紧急
 * @param callerName 诉求人姓名, or {@code null} (anonymous)
 * @param callerPhone 诉求人电话, or {@code null} (anonymous)
 * @param anonymous 匿名
 * @param keepConfidential 保密
 * @param address 地址
 * @param longitude WGS84, or {@code null}
 * @param latitude WGS84, or {@code null}
 * @param content 诉求内容
 * @param repeatOf 重复工单, or {@code null}
 * @param handleDays the hotline's handling limit in working days, or {@code null}
 */
public record TicketMessage(
    String ticketNo,
    Instant receivedAt,
    TicketChannel channel,
    RequestType requestType,
    String hotlineCategory,
    boolean urgent,
    String callerName,
    String callerPhone,
    boolean anonymous,
    boolean keepConfidential,
    String address,
    Double longitude,
    Double latitude,
    String content,
    String repeatOf,
    Integer handleDays) {

  /** 6..40 characters of letters, digits and hyphens. */
  public static final Pattern TICKET_NO = Pattern.compile("[A-Za-z0-9-]{6,40}");

  private static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9]{1,20}");

  /** 11-digit mobile (1xx) or a landline starting with 0, 10..12 digits, hyphen allowed. */
  private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");

  public static final int CONTENT_MAX = 4000;

  /** Reads and validates one ticket. */
  public static TicketMessage parse(String json) {
    return of(JsonFields.parse(json));
  }

  /** The ticket number of a message, if it has a readable one (for dead letters and answers). */
  public static String ticketNoOf(String json) {
    try {
      String no = JsonFields.parse(json).text("gdbh");
      return no != null && TICKET_NO.matcher(no).matches() ? no : null;
    } catch (InvalidMessageException e) {
      return null;
    }
  }

  static TicketMessage of(JsonFields f) {
    String ticketNo = ticketNo(f, "gdbh", true);
    Instant receivedAt = f.time("slsj", true).toInstant();
    String channelCode = f.required("qd");
    TicketChannel channel =
        TicketChannel.ofCode(channelCode)
            .orElseThrow(
                () -> new InvalidMessageException("hotline.message.invalid", "qd", channelCode));
    String typeCode = f.required("sqlx");
    RequestType type =
        RequestType.ofCode(typeCode)
            .orElseThrow(
                () -> new InvalidMessageException("hotline.message.invalid", "sqlx", typeCode));
    String category = f.required("flbm");
    if (!CATEGORY.matcher(category).matches()) {
      throw new InvalidMessageException("hotline.message.invalid", "flbm", category);
    }
    String urgency = f.text("jjcd");
    if (urgency != null && !urgency.equals("PT") && !urgency.equals("JJ")) {
      throw new InvalidMessageException("hotline.message.invalid", "jjcd", urgency);
    }
    JsonFields caller = f.child("ldr", true);
    boolean anonymous = caller.flag("nm");
    String name = caller.limited("xm", 60, false);
    String phone = caller.text("dh");
    if (phone != null) {
      phone = phone.replace(" ", "");
      if (!PHONE.matcher(phone).matches()) {
        throw new InvalidMessageException("hotline.message.invalid-phone", "ldr.dh");
      }
    }
    if (!anonymous && phone == null) {
      throw new InvalidMessageException("hotline.message.required", "ldr.dh");
    }
    String address = f.limited("dz", 300, true);
    Double longitude = f.number("jd");
    Double latitude = f.number("wd");
    if ((longitude == null) != (latitude == null)
        || longitude != null && (Math.abs(longitude) > 180 || Math.abs(latitude) > 90)) {
      throw new InvalidMessageException(
          "hotline.message.invalid", "jd/wd", longitude + "/" + latitude);
    }
    String content = f.limited("nr", CONTENT_MAX, true);
    String repeatOf = ticketNo(f, "cfgd", false);
    Integer handleDays = f.integer("blsx");
    return new TicketMessage(
        ticketNo,
        receivedAt,
        channel,
        type,
        category,
        "JJ".equals(urgency),
        anonymous ? null : name,
        anonymous ? null : phone,
        anonymous,
        caller.flag("bm"),
        address,
        longitude,
        latitude,
        content,
        repeatOf,
        handleDays);
  }

  private static String ticketNo(JsonFields f, String field, boolean required) {
    String value = required ? f.required(field) : f.text(field);
    if (value != null && !TICKET_NO.matcher(value).matches()) {
      throw new InvalidMessageException("hotline.message.invalid", field, value);
    }
    return value;
  }
}
