/**
 * The working-day calendar for other modules: deadlines in working days or office hours ({@link
 * cn.finegov.kernel.api.calendar.WorkingCalendar}), the registry of deadlines that follow calendar
 * changes ({@link cn.finegov.kernel.api.calendar.DeadlineRegistry}) and the events fired when they
 * do.
 */
package cn.finegov.kernel.api.calendar;
