/**
 * What business and integration modules may use of the kernel: the module SPI, the security
 * vocabulary, the organisation directory, the audit log, errors and message bundles. Nothing
 * outside this package tree is a published API.
 */
package cn.finegov.kernel.api;
