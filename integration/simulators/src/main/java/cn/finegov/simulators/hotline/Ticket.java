package cn.finegov.simulators.hotline;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A well-formed ticket (工单) as the hotline sends it; field names are the protocol's. Optional
 * fields are {@code null} when absent.
 *
 * @param gdbh ticket number
 * @param slsj received at, ISO-8601 with offset
 * @param qd channel: DH, WZ, WX, APP, YJ
 * @param sqlx request type: ZX, QZ, TS, JB, JY, BY
 * @param flbm the hotline's category code
 * @param jjcd urgency PT or JJ, or {@code null} (the receiver takes PT)
 * @param ldr the caller
 * @param dz address
 * @param jd longitude or {@code null}
 * @param wd latitude or {@code null}
 * @param nr content
 * @param cfgd the earlier ticket this one repeats, or {@code null}
 * @param blsx handling limit in working days, or {@code null}
 */
public record Ticket(
    String gdbh,
    String slsj,
    String qd,
    String sqlx,
    String flbm,
    String jjcd,
    Caller ldr,
    String dz,
    Double jd,
    Double wd,
    String nr,
    String cfgd,
    Integer blsx) {

  /**
   * The caller (来电人).
   *
   * @param xm name, {@code null} when anonymous
   * @param dh phone, {@code null} when anonymous
   * @param nm anonymous
   * @param bm keep confidential
   */
  public record Caller(String xm, String dh, boolean nm, boolean bm) {

    /** The phone as it may appear in a log line: 138****1234. */
    public String maskedPhone() {
      return mask(dh);
    }

    @Override
    public String toString() {
      return "Caller[xm=" + xm + ", dh=" + maskedPhone() + ", nm=" + nm + ", bm=" + bm + "]";
    }
  }

  /** The protocol's JSON of this ticket (the payload of a push or an exchange row). */
  public String json() {
    return Json.write(node());
  }

  ObjectNode node() {
    ObjectNode node = Json.object();
    node.put("gdbh", gdbh);
    node.put("slsj", slsj);
    node.put("qd", qd);
    node.put("sqlx", sqlx);
    node.put("flbm", flbm);
    if (jjcd != null) {
      node.put("jjcd", jjcd);
    }
    ObjectNode caller = node.putObject("ldr");
    if (ldr.xm() != null) {
      caller.put("xm", ldr.xm());
    }
    if (ldr.dh() != null) {
      caller.put("dh", ldr.dh());
    }
    caller.put("nm", ldr.nm());
    caller.put("bm", ldr.bm());
    node.put("dz", dz);
    if (jd != null && wd != null) {
      node.put("jd", jd);
      node.put("wd", wd);
    }
    node.put("nr", nr);
    if (cfgd != null) {
      node.put("cfgd", cfgd);
    }
    if (blsx != null) {
      node.put("blsx", blsx);
    }
    return node;
  }

  /** Whether the ticket is urgent (紧急). */
  public boolean urgent() {
    return "JJ".equals(jjcd);
  }

  /** A log-safe description: number, category, type, masked phone; never the content. */
  @Override
  public String toString() {
    return "Ticket["
        + gdbh
        + ", "
        + sqlx
        + "/"
        + flbm
        + ", "
        + qd
        + ", dh="
        + ldr.maskedPhone()
        + "]";
  }

  static String mask(String phone) {
    if (phone == null) {
      return "-";
    }
    if (phone.length() < 7) {
      return "****";
    }
    return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }
}
