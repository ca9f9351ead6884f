/**
 * A MicroProfile Config source over the properties files of one directory of {@code config/}, so
 * that an IT department edits plain files instead of the server's domain. Packaged in the EAR's
 * {@code lib/}: the server builds one configuration per application and looks for config sources
 * with the EAR's class loader.
 */
package cn.finegov.kernel.config;
