/**
 * Use cases of the working-day calendar: the arithmetic for other modules ({@link
 * cn.finegov.kernel.application.calendar.WorkingCalendarService}), maintenance of days and years by
 * administrators ({@link cn.finegov.kernel.application.calendar.CalendarService}), the deadline
 * registry ({@link cn.finegov.kernel.application.calendar.DeadlineService}) and the shipped
 * arrangements loaded at start ({@link
 * cn.finegov.kernel.application.calendar.CalendarReferenceData}).
 */
package cn.finegov.kernel.application.calendar;
