package cn.finegov.planning.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A task assigned to units below (decomposition, 任务分解): a child task in each unit's plan of the
 * same year.
 *
 * @param unitCodes the units (below the plan's unit), at most 100
 * @param deadline the children's deadline, not after the parent's; {@code null}: the parent's
 * @param weight the children's weight in the roll-up (1..100, default 1)
 */
public record Assignment(List<String> unitCodes, LocalDate deadline, Integer weight) {}
