package cn.finegov.planning.application;

import java.util.List;

/**
 * A task in its decomposition tree: the way up to the top (the tasks of the issuing levels, shown
 * as summaries to whoever reads the task) and everything below.
 *
 * @param ancestors from the top down to the parent
 * @param root the task itself with its descendants
 * @param truncated whether the tree had more descendants than are shown
 */
public record TaskTree(List<TaskView> ancestors, Node root, boolean truncated) {

  /** A task with its children. */
  public record Node(TaskView task, List<Node> children) {}
}
