package cn.finegov.integration.hotline.ticket;

import java.util.List;

/**
 * One page of a ticket list.
 *
 * @param total how many tickets match
 * @param items the page's tickets, newest first
 */
public record TicketPage(long total, List<TicketView> items) {}
