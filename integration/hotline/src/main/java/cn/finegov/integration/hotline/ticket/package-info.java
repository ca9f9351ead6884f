/**
 * Tickets as the suite keeps them: caller data encrypted, their feedback outbox and return visits.
 */
package cn.finegov.integration.hotline.ticket;
