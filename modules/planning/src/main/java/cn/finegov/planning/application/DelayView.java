package cn.finegov.planning.application;

import cn.finegov.planning.domain.model.task.DelayRequest;
import cn.finegov.planning.domain.model.task.DelayState;
import java.time.Instant;
import java.time.LocalDate;

/** A delay (adjustment) request and its decision. */
public record DelayView(
    long id,
    String reason,
    LocalDate proposedDeadline,
    LocalDate previousDeadline,
    DelayState state,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote) {

  static DelayView of(DelayRequest request) {
    return new DelayView(
        request.id(),
        request.reason(),
        request.proposedDeadline(),
        request.previousDeadline(),
        request.state(),
        request.requestedBy(),
        request.requestedAt(),
        request.decidedBy().orElse(null),
        request.decidedAt().orElse(null),
        request.decisionNote().orElse(null));
  }
}
