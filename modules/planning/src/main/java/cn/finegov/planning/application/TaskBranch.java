package cn.finegov.planning.application;

/**
 * A task on one level of a tree page and whether it has children, so that the page loads the next
 * level only when it is expanded.
 */
public record TaskBranch(TaskView task, boolean hasChildren) {}
