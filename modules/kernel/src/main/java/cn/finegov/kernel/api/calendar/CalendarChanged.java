package cn.finegov.kernel.api.calendar;

import java.time.LocalDate;

/**
 * Fired inside the transaction of every calendar change, after the affected deadlines were
 * recomputed. Observe it with {@code during = TransactionPhase.AFTER_SUCCESS} to act on committed
 * changes only.
 *
 * @param version the calendar version the change produced
 * @param region the region changed, {@code null} for the national calendar
 * @param from first date changed
 * @param to last date changed
 * @param recomputedDeadlines how many open deadlines moved
 */
public record CalendarChanged(
    long version, String region, LocalDate from, LocalDate to, int recomputedDeadlines) {}
