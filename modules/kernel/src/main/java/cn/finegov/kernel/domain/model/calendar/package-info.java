/**
 * The working-day calendar: stored days and arrangements ({@link
 * cn.finegov.kernel.domain.model.calendar.CalendarDay}, {@link
 * cn.finegov.kernel.domain.model.calendar.CalendarArrangement}), the in-memory calendar that does
 * the arithmetic ({@link cn.finegov.kernel.domain.model.calendar.CalendarSnapshot}), office hours,
 * the year file format, and registered deadlines ({@link
 * cn.finegov.kernel.domain.model.calendar.Deadline}).
 */
package cn.finegov.kernel.domain.model.calendar;
