/**
 * The planning use cases: plans and their review, tasks with their decomposition and execution, the
 * immediate-task intake; each checks the caller's permissions and units, writes the audit entry in
 * the same transaction and tells whoever acts next.
 */
package cn.finegov.planning.application;
