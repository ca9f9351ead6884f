/**
 * The planning REST API under {@code /api/v1/planning}: plans and their lifecycle, tasks with their
 * decomposition, execution and tree, immediate tasks. Refusals are the kernel's problem details.
 */
package cn.finegov.planning.interfaces.rest;
