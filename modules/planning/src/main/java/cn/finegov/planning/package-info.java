/**
 * The planning module (年度治理计划): annual plans of every level, their governance tasks decomposed down
 * the organisation tree, the execution of those tasks and the immediate tasks (即时性任务) other
 * channels raise.
 */
package cn.finegov.planning;
