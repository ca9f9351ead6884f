package cn.finegov.planning.application;

import cn.finegov.planning.domain.model.task.TaskPriority;
import cn.finegov.planning.domain.model.task.TaskSource;
import cn.finegov.planning.domain.model.task.TaskState;
import cn.finegov.planning.domain.model.task.WarningLight;
import java.time.LocalDate;
import java.util.List;

/**
 * A task in a list or a tree.
 *
 * @param parentNumber the task it was decomposed from, or {@code null}
 * @param light the warning light while it runs with a deadline, else {@code null}
 * @param overdue it runs and its deadline passed
 */
public record TaskView(
    String number,
    long version,
    int year,
    Long planId,
    String parentNumber,
    int depth,
    String title,
    String leadUnitCode,
    String leadUnitName,
    List<String> cooperatingUnitCodes,
    LocalDate deadline,
    TaskState state,
    int progress,
    boolean progressOverridden,
    int weight,
    TaskPriority priority,
    TaskSource source,
    boolean livelihood,
    boolean immediate,
    WarningLight light,
    boolean overdue) {}
