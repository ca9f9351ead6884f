/**
 * The Open311 GeoReport v2 server's own records: the requests it took in (token → case) and the
 * public view of cases it answers GET requests with (never personal data).
 */
package cn.finegov.grid.domain.model.open311;
