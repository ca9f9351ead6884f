/**
 * REST of the directory synchronisation: the import log and a manual upload of a directory file.
 */
package cn.finegov.integration.egov.interfaces.rest;
