/**
 * The bridge from tickets to the planning module's immediate tasks, through its published API only;
 * absent (not a bean) when the planning module is left out of the EAR.
 */
package cn.finegov.integration.hotline.ticket.task;
