package cn.finegov.simulators.hotline;

import java.time.Instant;

/**
 * One feedback the hotline received from the suite, as sent.
 *
 * @param gdbh ticket number
 * @param xh sequence number per ticket
 * @param lx QS, TH, YQ or HF
 * @param sj when it happened on the suite's side, as sent
 * @param dw handling unit name or {@code null}
 * @param nr reply text or reason, {@code null} for QS
 * @param yqts extra working days (YQ) or {@code null}
 * @param receivedAt when the hotline received it
 */
public record Feedback(
    String gdbh,
    int xh,
    String lx,
    String sj,
    String dw,
    String nr,
    Integer yqts,
    Instant receivedAt) {}
