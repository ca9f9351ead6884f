/**
 * The planning module's repositories on JPA (persistence unit {@code planning}, tables {@code
 * pln_}).
 */
package cn.finegov.planning.infrastructure.persistence;
