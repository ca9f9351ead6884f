package cn.finegov.planning.application.workbook;

import java.util.List;

/**
 * An applied task list.
 *
 * @param planId the plan the tasks joined
 * @param created how many draft tasks were made
 * @param numbers their numbers, in sheet order
 */
public record WorkbookResult(long planId, int created, List<String> numbers) {}
