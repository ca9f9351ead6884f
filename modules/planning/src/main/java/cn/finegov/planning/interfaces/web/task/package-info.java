/**
 * The staff screens of governance tasks: the list with filters, bulk steps and the Excel download,
 * the task's page with every step of its work, and the lazily expanded task tree of a plan.
 */
package cn.finegov.planning.interfaces.web.task;
