/**
 * The CamelContext's life in the server: started after the schema migration, routes of switched-on
 * modules added, removed and re-added as modules are switched, Camel threads made
 * container-managed, properties from MicroProfile Config.
 */
package cn.finegov.integration.runtime.camel;
