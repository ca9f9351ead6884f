/**
 * The kernel's adapters to the outside: HTTP security and filters, REST resources, screens and
 * health checks.
 */
package cn.finegov.kernel.interfaces;
