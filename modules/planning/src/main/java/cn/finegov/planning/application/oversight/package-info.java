/**
 * Oversight of the statutory cycle (年度计划法定时限): who is late with his plan or his tasks, and the
 * daily reminders before the statutory dates and overdue notices after them, each sent once.
 */
package cn.finegov.planning.application.oversight;
