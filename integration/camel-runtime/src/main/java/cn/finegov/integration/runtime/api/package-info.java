/**
 * What integration modules use of the runtime: route registration, the inbox, its handlers and dead
 * letters.
 */
package cn.finegov.integration.runtime.api;
