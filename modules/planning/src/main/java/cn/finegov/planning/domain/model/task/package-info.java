/**
 * Governance tasks (任务清单条目): the decomposition tree, the task lifecycle with delays and close-out,
 * progress with its weighted roll-up and the red/yellow warning light.
 */
package cn.finegov.planning.domain.model.task;
