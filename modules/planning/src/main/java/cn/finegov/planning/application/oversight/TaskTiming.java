package cn.finegov.planning.application.oversight;

import java.time.LocalDate;

/**
 * The clock of a running task, as the "who is late" list needs it.
 *
 * @param leadUnitId the unit that leads it
 * @param start when it was assigned (the warning light's start), or {@code null}
 * @param deadline its deadline
 */
public record TaskTiming(long leadUnitId, LocalDate start, LocalDate deadline) {}
