/**
 * The module SPI: a module registers itself with one {@link
 * cn.finegov.kernel.api.module.GovernanceModule} CDI bean that names its menu entries, dashboard
 * widgets, message bundle and schema; the shell discovers them and never names a module class.
 */
package cn.finegov.kernel.api.module;
