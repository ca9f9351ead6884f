/**
 * What other modules and integration flows may use of the planning module: raising immediate tasks
 * (即时性任务), e.g. from a 12345 hotline ticket, and finding them again.
 */
package cn.finegov.planning.api;
