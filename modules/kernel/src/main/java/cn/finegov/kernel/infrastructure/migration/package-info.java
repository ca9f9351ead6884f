/**
 * Runs every installed module's versioned migrations at deployment, before anything touches the
 * database.
 */
package cn.finegov.kernel.infrastructure.migration;
