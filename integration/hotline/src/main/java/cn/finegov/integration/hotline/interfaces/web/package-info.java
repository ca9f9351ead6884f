/**
 * The hotline screens for staff: the ticket list (filters, masked Excel download), a ticket with
 * the audited view of the caller's number and the manual routing, and the category mapping.
 */
package cn.finegov.integration.hotline.interfaces.web;
