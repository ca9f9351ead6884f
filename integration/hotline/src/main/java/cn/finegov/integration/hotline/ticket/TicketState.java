package cn.finegov.integration.hotline.ticket;

/**
 * Where a ticket stands on our side. A case ticket follows its case; a ticket of another kind waits
 * for staff to route, answer or send it back.
 */
public enum TicketState {
  /** Not a case (or no place known): waits for staff. */
  AWAITING_ROUTING,
  /** A grid case was made; waits for the unit to sign. */
  TRANSFERRED,
  /** 已签收. */
  SIGNED,
  /** 办理中. */
  HANDLING,
  /** 延期申请中. */
  EXTENSION_REQUESTED,
  /** 已答复: waits for the return visit. */
  REPLIED,
  /** 已回访 (satisfied, basically satisfied or unreachable). */
  RETURN_VISITED,
  /** 已办结. */
  CLOSED,
  /** 重办: the caller was dissatisfied; the case is open again. */
  REOPENED,
  /** 已退单. */
  SENT_BACK;

  /** Whether the ticket still waits for work on our side. */
  public boolean open() {
    return this != REPLIED && this != RETURN_VISITED && this != CLOSED && this != SENT_BACK;
  }
}
