package cn.finegov.integration.hotline.ticket;

/**
 * A caller's data in clear, for a return visit: shown once to the person who asked, and audited.
 *
 * @param ticketNo the ticket
 * @param phone the whole phone number
 * @param name the caller's name, or {@code null} when the hotline gave none
 */
public record RevealedCaller(String ticketNo, String phone, String name) {}
