/** Route status and counters, for the health endpoint, the REST API and the routes screen. */
package cn.finegov.integration.runtime.status;
