/**
 * The Open311 GeoReport v2 server's use cases: the public service list and definitions, taking a
 * service request in as a case (through the case service, source PUBLIC), and the public view of
 * requests, without personal data.
 */
package cn.finegov.grid.application.open311;
