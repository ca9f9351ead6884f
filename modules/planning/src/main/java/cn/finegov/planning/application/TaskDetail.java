package cn.finegov.planning.application;

import cn.finegov.planning.domain.model.task.TaskAction;
import java.time.Instant;
import java.util.List;

/**
 * A task with everything its reader may see.
 *
 * @param summary the list fields
 * @param deadlineExplanationZh how a deadline counted in working days came about (immediate tasks),
 *     else {@code null}
 * @param pendingDelay the delay request waiting for a decision, or {@code null}
 * @param children how many child tasks it has
 * @param allowed the lifecycle steps the reader may take now
 * @param mayReport whether the reader may report progress, plan the work, assess
 * @param mayEdit whether the reader may change the task, override its progress
 * @param mayAssign whether the reader may assign and decompose it
 */
public record TaskDetail(
    TaskView summary,
    String problem,
    String target,
    String measures,
    String externalReference,
    String issuingUnitCode,
    String responsibleLeader,
    String handler,
    String schedule,
    List<MilestoneDraft> milestones,
    String overrideReason,
    String selfCheck,
    String selfEvaluation,
    String selfAssessedBy,
    Instant selfAssessedAt,
    String closeOutSummary,
    String decisionNote,
    String deadlineExplanationZh,
    String deadlineExplanationEn,
    DelayView pendingDelay,
    long children,
    String createdBy,
    Instant createdAt,
    Instant assignedAt,
    Instant completedAt,
    Instant closedOutAt,
    List<TaskAction> allowed,
    boolean mayReport,
    boolean mayEdit,
    boolean mayAssign) {}
