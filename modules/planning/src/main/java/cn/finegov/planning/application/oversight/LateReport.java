package cn.finegov.planning.application.oversight;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The "who is late" list of a plan year on a day, within the reader's reach.
 *
 * @param planYear the plan year
 * @param on the day it was computed for
 * @param dueDates the statutory date of each level, by the level's name
 * @param units how many units must publish a plan
 * @param latePlans of those, how many are late with it
 * @param overdueTasks the tasks past their deadline, over all units
 * @param rows the units (all, or only the late ones)
 */
public record LateReport(
    int planYear,
    LocalDate on,
    Map<String, LocalDate> dueDates,
    int units,
    int latePlans,
    int overdueTasks,
    List<LateRow> rows)
    implements Serializable {}
