/** The task-list import screen: template, dry run with its errors per row, import. */
package cn.finegov.planning.interfaces.web.workbook;
