package cn.finegov.planning.application;

import cn.finegov.planning.domain.model.plan.PlanAction;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as its reader sees it.
 *
 * @param dueDate the statutory date of its level (module setting)
 * @param overdue not published and the statutory date passed
 * @param tasks how many tasks it has
 * @param progress the weighted progress of its tasks in per cent
 * @param allowed the lifecycle steps the reader may take now
 */
public record PlanView(
    long id,
    long version,
    int year,
    PlanLevel level,
    String unitCode,
    String unitName,
    String title,
    String problems,
    String targets,
    String safeguards,
    Long parentPlanId,
    PlanState state,
    String returnReason,
    LocalDate dueDate,
    boolean overdue,
    long tasks,
    BigDecimal progress,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    String approvedBy,
    Instant approvedAt,
    String publishedBy,
    Instant publishedAt,
    List<PlanAction> allowed) {}
