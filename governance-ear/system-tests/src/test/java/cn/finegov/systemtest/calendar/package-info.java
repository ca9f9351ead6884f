/**
 * System tests of the working-day calendar: its REST API (computation, days, year files,
 * permissions) and the deadlines that follow calendar changes inside the server.
 */
package cn.finegov.systemtest.calendar;
