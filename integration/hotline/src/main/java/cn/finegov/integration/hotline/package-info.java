/**
 * The 12345 hotline exchange: tickets in (signed push and the middle database), feedback out in
 * order, return visits in. An anti-corruption layer: the grid module sees cases, never tickets.
 */
package cn.finegov.integration.hotline;
