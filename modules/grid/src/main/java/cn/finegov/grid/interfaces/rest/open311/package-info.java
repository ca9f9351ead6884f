/**
 * The Open311 GeoReport v2 endpoint ({@code /api/v1/open311/v2/}): JSON and XML chosen by the file
 * extension, errors in the specification's format.
 */
package cn.finegov.grid.interfaces.rest.open311;
