package cn.finegov.simulators.hotline;

/**
 * A return visit (回访) the hotline pushed, with the suite's answer.
 *
 * @param gdbh ticket number
 * @param hfsj when the citizen was called, as sent
 * @param jg the result: MY, JBMY, BMY or WFLX
 * @param sm the remark
 * @param delivery the suite's answer
 */
public record ReturnVisit(String gdbh, String hfsj, String jg, String sm, Delivery delivery) {}
