/**
 * JPA pieces every module's persistence unit lists: converters for types the server's EclipseLink
 * maps poorly.
 */
package cn.finegov.kernel.api.persistence;
