package cn.finegov.integration.hotline.ticket;

import cn.finegov.integration.hotline.mapping.Disposition;
import java.time.Instant;
import java.util.List;

/**
 * A ticket with everything staff need to handle it: the caller masked (the whole number only
 * through {@link TicketService#revealPhone}), content, place, the category mapping, the linked
 * case, the feedback sent to the hotline with its delivery, and the return visits.
 *
 * @param summary the ticket as lists show it
 * @param content 诉求内容
 * @param latitude WGS84, or {@code null}
 * @param longitude WGS84, or {@code null}
 * @param repeatOf the earlier ticket this repeats, or {@code null}
 * @param handleDays the hotline's handling limit in working days, or {@code null}
 * @param disposition what the suite does with the ticket
 * @param gridCategory the grid category of its case (or the mapping's), or {@code null}
 * @param mapping the current line of the category mapping, or {@code null} when there is none
 * @param routingNote why the ticket waits for staff, or {@code null}
 * @param signedAt when the unit signed for it, or {@code null}
 * @param replyContent the reply sent to the hotline, or {@code null}
 * @param repliedAt when, or {@code null}
 * @param satisfaction the last return visit's result, or {@code null}
 * @param reopenCount how often a dissatisfied caller reopened it
 * @param feedback the messages to the hotline, in sequence
 * @param returnVisits the return visits, oldest first
 * @param mayRevealPhone whether the reader may see the whole number (and there is one)
 * @param mayRoute whether the reader may make a case, answer or send it back now
 * @param taskNumber the planning module's immediate task the ticket went to, or {@code null}
 * @param mayRouteToTask whether the reader may route it to an immediate task now (the planning
 *     module installed and switched on)
 */
public record TicketDetail(
    TicketView summary,
    String content,
    Double latitude,
    Double longitude,
    String repeatOf,
    Integer handleDays,
    Disposition disposition,
    String gridCategory,
    MappingLine mapping,
    String routingNote,
    Instant signedAt,
    String replyContent,
    Instant repliedAt,
    Satisfaction satisfaction,
    int reopenCount,
    List<FeedbackLine> feedback,
    List<VisitLine> returnVisits,
    boolean mayRevealPhone,
    boolean mayRoute,
    String taskNumber,
    boolean mayRouteToTask) {

  /**
   * The mapping of the ticket's hotline category.
   *
   * @param code the hotline's category code
   * @param name its name
   * @param disposition what becomes of its tickets
   * @param gridCategory the grid category for cases, or {@code null}
   * @param gridCategoryName that category's name, or {@code null} when it is unknown or inactive
   * @param active whether the line is in use
   */
  public record MappingLine(
      String code,
      String name,
      Disposition disposition,
      String gridCategory,
      String gridCategoryName,
      boolean active) {}

  /**
   * One feedback message to the hotline and its delivery.
   *
   * @param seq sequence number per ticket
   * @param kind QS signed, TH sent back, YQ extension, HF replied
   * @param occurredAt when it happened on our side
   * @param unitName the handling unit's name
   * @param content reply text or reason
   * @param extraDays working days asked for (YQ)
   * @param delivery PENDING or DELIVERED
   * @param attempts delivery attempts so far
   * @param lastError the last failure, or {@code null}
   * @param nextAttemptAt when the next attempt is due (pending items)
   * @param deliveredAt when the hotline took it, or {@code null}
   */
  public record FeedbackLine(
      int seq,
      FeedbackKind kind,
      Instant occurredAt,
      String unitName,
      String content,
      Integer extraDays,
      Feedback.Delivery delivery,
      int attempts,
      String lastError,
      Instant nextAttemptAt,
      Instant deliveredAt) {

    /** Whether this item waits after failed attempts. */
    public boolean failing() {
      return delivery == Feedback.Delivery.PENDING && attempts > 0;
    }
  }

  /**
   * One return visit.
   *
   * @param visitedAt when the hotline called back
   * @param result the caller's satisfaction
   * @param remark the hotline's remark
   * @param unitCode the unit that handled the ticket then
   * @param caseNumber the case then
   * @param reopened whether the visit reopened the case
   */
  public record VisitLine(
      Instant visitedAt,
      Satisfaction result,
      String remark,
      String unitCode,
      String caseNumber,
      boolean reopened) {}
}
