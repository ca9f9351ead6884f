/**
 * The Excel round-trip of a plan's task list: the template, the check of an uploaded workbook row
 * by row (a dry run that stores nothing) and its application, all rows or none.
 */
package cn.finegov.planning.application.workbook;
