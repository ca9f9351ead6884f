package cn.finegov.planning.application;

import java.util.List;

/** A page of tasks and how many match in all. */
public record TaskPage(long total, List<TaskView> items) {}
