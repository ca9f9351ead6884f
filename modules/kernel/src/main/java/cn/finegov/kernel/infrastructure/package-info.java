/**
 * Adapters of the kernel: JPA repositories, schema migration, configuration files, password
 * hashing, bundles.
 */
package cn.finegov.kernel.infrastructure;
