package cn.finegov.integration.hotline.ticket;

import java.time.Instant;

/**
 * A ticket as lists show it: the caller's data masked only, never a whole phone number.
 *
 * @param ticketNo 工单编号
 * @param receivedAt when the hotline took the call
 * @param channel how the citizen reached the hotline
 * @param requestType 诉求类型
 * @param hotlineCategory the hotline's category code
 * @param categoryName its name in the mapping, or {@code null}
 * @param urgent 紧急
 * @param anonymous 匿名: no name and no number are known
 * @param keepConfidential 保密: the caller asked that his identity be kept from the units
 * @param callerNameMasked {@code 张*明}, {@code null} when anonymous
 * @param phoneMasked {@code 138****1234}, {@code null} when anonymous
 * @param address where
 * @param state where the ticket stands
 * @param caseNumber the grid case made for it, or {@code null}
 * @param handlingUnit the unit handling it, or {@code null}
 * @param handlingUnitName that unit's name, or {@code null}
 * @param signDueAt when signing for it is due
 * @param signOverdue whether it is still not signed for (nor answered) after that
 * @param deliveryProblem whether a feedback message is still pending after failed attempts
 * @param version the ticket's version
 */
public record TicketView(
    String ticketNo,
    Instant receivedAt,
    TicketChannel channel,
    RequestType requestType,
    String hotlineCategory,
    String categoryName,
    boolean urgent,
    boolean anonymous,
    boolean keepConfidential,
    String callerNameMasked,
    String phoneMasked,
    String address,
    TicketState state,
    String caseNumber,
    String handlingUnit,
    String handlingUnitName,
    Instant signDueAt,
    boolean signOverdue,
    boolean deliveryProblem,
    long version) {}
